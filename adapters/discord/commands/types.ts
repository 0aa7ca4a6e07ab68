// One slash command: its registration JSON (names fixed, descriptions in Korean and English)
// and the handler that turns the typed options into exactly one facade call.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Runtime } from '../respond.ts';

export interface SlashCommand {
  /** Exactly the name outside tools rely on. */
  name: 'ask' | 'quiz' | 'leaderboard' | 'stats' | 'pricing';
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(i: ChatInputCommandInteraction, rt: Runtime): Promise<void>;
  autocomplete?(i: AutocompleteInteraction, rt: Runtime): Promise<void>;
}

/** Descriptions: English by default, Korean for Korean clients. */
export interface Described {
  en: string;
  ko: string;
}

/** A builder with the name, both descriptions, and where the command may be used (servers and DMs). */
export function command(name: SlashCommand['name'], d: Described): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(d.en)
    .setDescriptionLocalizations({ ko: d.ko, 'en-US': d.en, 'en-GB': d.en })
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}

export const loc = (d: Described) => ({ ko: d.ko, 'en-US': d.en, 'en-GB': d.en });
