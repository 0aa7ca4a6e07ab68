// The shape of one module section once loaded and validated (see src/content/load.ts).
export interface Section {
  id: string;
  title: string;
  titleEn: string;
  /** Not in the module notes: written from public AWS facts, and the tutor says so. */
  supplementary: boolean;
  /** Only introduces its subsections (1, 2, 3, 4): search prefers the subsection. */
  overview?: boolean;
  /** Search aliases in Korean and English (스팟/spot, 도커/Docker ...). */
  aliases: string[];
  /**
   * Where AWS has changed since the module notes were written: shown under an answer whose text
   * mentions one of `about`, clearly apart from the module's teaching (which stays as it is).
   */
  updates?: SectionUpdate[];
  /** Markdown body in Korean. */
  body: string;
  /** Parent section id ('3.4' for '3.4.1'), undefined for top-level sections. */
  parent?: string;
  /** File it came from, for error messages. */
  file: string;
}

export function citationLabel(s: Pick<Section, 'id' | 'title'>): string {
  return `§${s.id} ${s.title}`;
}

export interface SectionUpdate {
  /** Words that, in an answer, call for the note (스팟, 입찰). */
  about: string[];
  /** True for a note that explains the notes' wording rather than a change at AWS. */
  clarifies?: boolean;
  /** The note in Korean and in English. */
  ko: string;
  en: string;
}
