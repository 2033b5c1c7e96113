import type { ImportWarning } from '../common/api/documentsApi'
import { decodeText } from './txt'
import { blocksFromHtml } from './htmlBlocks'
import type { Importer } from './importer'
import { sanitizeHtml } from './sanitizeHtml'

/** The import report lines for what sanitising left out. */
export function sanitizeWarnings(sanitized: { removedActiveContent: boolean; images: number }): ImportWarning[] {
  const warnings: ImportWarning[] = []
  if (sanitized.images > 0) warnings.push({ code: 'import.imagesDropped', params: { count: sanitized.images } })
  if (sanitized.removedActiveContent) warnings.push({ code: 'import.linksRemoved' })
  return warnings
}

/** Web pages and HTML exports: sanitised, then read as structure; nothing in them can run or load. */
export const htmlImporter: Importer = {
  format: 'html',
  async read(bytes, options) {
    const { text, encoding, choices } = decodeText(bytes, options.encoding ?? declaredCharset(bytes))
    const sanitized = await sanitizeHtml(text)
    return {
      blocks: blocksFromHtml(sanitized.body),
      encoding,
      encodingChoices: choices,
      warnings: sanitizeWarnings(sanitized),
      titleHint: sanitized.title ?? undefined,
    }
  },
}

/** A `<meta charset>` the page declares, if it names an encoding we read. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const match = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)
  const name = match?.[1]?.toLowerCase()
  if (!name) return undefined
  const aliases: Record<string, string> = { utf8: 'utf-8', cp1251: 'windows-1251', cp1258: 'windows-1258' }
  const canonical = aliases[name] ?? name
  return ['utf-8', 'windows-1251', 'windows-1252', 'windows-1258', 'koi8-r', 'viscii'].includes(canonical)
    ? canonical
    : undefined
}
