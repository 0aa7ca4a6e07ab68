// The slash commands, in registration order.
import { ask } from './ask.ts';
import { quiz } from './quiz.ts';
import { leaderboard } from './leaderboard.ts';
import { stats } from './stats.ts';
import { pricing } from './pricing.ts';
import type { SlashCommand } from './types.ts';

export const COMMANDS: readonly SlashCommand[] = [ask, quiz, leaderboard, stats, pricing];

/** The JSON bodies `npm run discord:register` sends (PUT, replacing the whole set). */
export function commandDefinitions() {
  return COMMANDS.map((c) => c.definition);
}

export function findCommand(name: string): SlashCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
