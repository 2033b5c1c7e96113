/** Interface languages the app ships catalogues for. */
export const interfaceLanguages = ['en', 'vi'] as const
export type InterfaceLanguage = (typeof interfaceLanguages)[number]

/** User preferences, stored in the `settings` table as one JSON value per key. */
export type Settings = {
  /** 'system' follows the operating system's language when we have a catalogue for it, else English. */
  language: InterfaceLanguage | 'system'
  /** Written on every annotation, comment and reply the user makes. Empty until the user sets it. */
  authorName: string
  theme: 'system' | 'light' | 'dark'
}

/** Values used before the user has changed anything. */
export const defaultSettings: Settings = { language: 'system', authorName: '', theme: 'system' }
