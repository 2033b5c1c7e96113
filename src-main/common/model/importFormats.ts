/**
 * The file formats the library imports, in one list: the importer registry (src-main/importers/index.ts), the file
 * picker's accept list, the "use one of these" error, the library's format names and the document model's format
 * type all read from here. A new format is one line here and one importer file (the registry's record type then
 * asks for it). Pure data, so the renderer can read it too.
 */
export const importFormatList = [
  { format: 'txt', extensions: ['txt', 'text'], mediaTypes: ['text/plain'], name: { en: 'Text', vi: 'Văn bản' } },
  {
    format: 'md',
    extensions: ['md', 'markdown'],
    mediaTypes: ['text/markdown'],
    name: { en: 'Markdown', vi: 'Markdown' },
  },
  { format: 'html', extensions: ['html', 'htm', 'xhtml'], mediaTypes: ['text/html'], name: { en: 'HTML', vi: 'HTML' } },
  {
    format: 'docx',
    extensions: ['docx'],
    mediaTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    name: { en: 'Word', vi: 'Word' },
  },
  { format: 'pdf', extensions: ['pdf'], mediaTypes: ['application/pdf'], name: { en: 'PDF', vi: 'PDF' } },
  { format: 'epub', extensions: ['epub'], mediaTypes: ['application/epub+zip'], name: { en: 'EPUB', vi: 'EPUB' } },
] as const satisfies readonly ImportFormatInfo[]

/** What the app knows about one importable format. */
export type ImportFormatInfo = {
  format: string
  /** Lower-case file name extensions without the dot; the first is the usual one. */
  extensions: readonly string[]
  /** Media types a file picker may offer for it. */
  mediaTypes: readonly string[]
  /** The format's name as the library shows it, in each interface language. */
  name: { en: string; vi: string }
}

/** A format we import. */
export type ImportFormat = (typeof importFormatList)[number]['format']

/** Every importable format, in the order of the list. */
export const importFormats: readonly ImportFormat[] = importFormatList.map((info) => info.format)

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : ''
}

/** The format a file name says it is, or null when we do not import that type. */
export function importFormatFor(fileName: string): ImportFormat | null {
  const extension = extensionOf(fileName)
  const info = importFormatList.find((entry) => (entry.extensions as readonly string[]).includes(extension))
  return info?.format ?? null
}

/** The file picker's `accept` attribute: every extension and media type we import. */
export function fileAcceptList(): string {
  const extensions = importFormatList.flatMap((info) => info.extensions.map((extension) => `.${extension}`))
  const mediaTypes = importFormatList.flatMap((info) => info.mediaTypes)
  return [...extensions, ...mediaTypes].join(',')
}

/** The usual extension of each format, as a refusal names them: ".txt, .md, .html, .docx, .pdf, .epub". */
export function usualExtensions(): string {
  return importFormatList.map((info) => `.${info.extensions[0]}`).join(', ')
}

/** Each format's name in one interface language, for the library's catalogue. */
export function importFormatNames(language: 'en' | 'vi'): Record<ImportFormat, string> {
  return Object.fromEntries(importFormatList.map((info) => [info.format, info.name[language]])) as Record<
    ImportFormat,
    string
  >
}
