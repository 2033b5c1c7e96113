/** A catalogue section: nested keys ending in strings. */
export type MessageTree = { [key: string]: string | MessageTree }

/** The same keys as `T`, with any strings: what a translation of an English section must provide. */
export type TranslationOf<T> = { [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> }
