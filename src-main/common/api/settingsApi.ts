import { z } from 'zod'
import { interfaceLanguages, type Settings } from '../model/settings'
import type { ArgSchemas } from './callMap'

/** Every preference with its rules; author names are stored NFC and trimmed. */
export const settingsSchema = z.object({
  language: z.enum([...interfaceLanguages, 'system']),
  authorName: z
    .string()
    .max(200)
    .transform((name) => name.normalize('NFC').trim()),
  theme: z.enum(['system', 'light', 'dark']),
})

/** A change to some preferences; unknown keys are refused. */
export const settingsPatchSchema = settingsSchema.partial().strict()

export type SettingsApi = {
  /** The user's preferences, with defaults for anything never set. */
  'settings.get': () => Settings
  /** Change some preferences; returns them all as now stored. */
  'settings.update': (patch: Partial<Settings>) => Settings
}

export const settingsArgs: ArgSchemas<SettingsApi> = {
  'settings.get': z.tuple([]),
  'settings.update': z.tuple([settingsPatchSchema]),
}

export type SettingsEvents = {
  /** Preferences changed (possibly from another window). */
  'settings.didChange': Settings
}
