// The reply model: everything the core says, before any platform renders it.
// Adapters turn a Reply into Block Kit, Discord embeds + components, or plain text;
// the core never knows which.

export type Lang = 'ko' | 'en';

/** Who is talking, and where. `scope` groups leaderboards: a Slack workspace, a Discord server, 'console'. */
export interface Context {
  platform: 'console' | 'slack' | 'discord' | 'cli';
  scope: string;
  channel: string;
  user: string;
  /** Display name for leaderboards; never used for identity. */
  userName?: string;
  /** Platform locale hint (e.g. Discord's `ko`, `en-US`); the text's own language wins when clear. */
  locale?: string;
}

export interface Citation {
  sectionId: string;
  title: string;
  supplementary: boolean;
  /** Ready-made label, e.g. `§3.3 Amazon EC2 요금 모델: 사용 사례`. */
  label: string;
}

export interface SectionRef {
  sectionId: string;
  title: string;
}

export interface Field {
  label: string;
  value: string;
  /** Hint that the field is short and may sit beside others (Slack fields, Discord inline). */
  inline?: boolean;
}

/**
 * A button. Ids are stable and self-describing (`quiz:<session>:<index>:<choice>`,
 * `section:3.3`, `feedback:up:<answerId>`), so any process can handle a click after a
 * restart: pass the id back to `Tutor.act`.
 */
export interface Action {
  id: string;
  label: string;
  style?: 'primary' | 'danger';
  /** Buttons of one group render together (quiz choices in one row, navigation in another). */
  group?: 'choices' | 'related' | 'nav' | 'feedback' | 'share';
}

export type ReplyKind =
  | 'answer'
  | 'section'
  | 'not-covered'
  | 'help'
  | 'quiz-question'
  | 'quiz-result'
  | 'quiz-summary'
  | 'leaderboard'
  | 'stats'
  | 'advice'
  | 'notice'
  | 'error';

export interface Reply {
  kind: ReplyKind;
  lang: Lang;
  /** Optional heading (a section title, "Question 2/5"). Plain text. */
  title?: string;
  /** The message itself: plain text, no platform markup. Always enough on its own. */
  text: string;
  citation?: Citation;
  related?: SectionRef[];
  /** Short label/value pairs, e.g. a cost table or a score line. */
  fields?: Field[];
  actions?: Action[];
  /** private: only the person who asked sees it (ephemeral); public: the channel sees it. */
  visibility: 'private' | 'public';
  /**
   * A timer the adapter keeps for the core: at `atMs` (epoch ms) call `Tutor.act(actionId)`
   * and replace this message with the result (a channel quiz question closing).
   */
  expires?: { atMs: number; actionId: string };
}

/** What a button click produces: the clicked message replaced, and/or a new reply to the clicker or channel. */
export interface ActionResult {
  /** Replaces the message that carried the button. */
  replace?: Reply;
  /** A new message; `visibility` says whether only the clicker sees it. */
  reply?: Reply;
}
