import { sectionCitations } from './citations'
import type { Exporter } from './exporter'
import { formatDate } from './exportLabels'
import { mainComment, replies } from './selectAnnotations'

/** Cell starts that a spreadsheet reads as a formula (OWASP's list: = + - @, tab and carriage return). */
const formulaStart = /^[=+\-@\t\r]/u

/**
 * RFC 4180 quoting: every field quoted, quotes doubled, so commas, newlines and quotes inside text are safe. Text
 * that a spreadsheet would run as a formula ("=HYPERLINK(…)", "- Nga…", "@SUM") gets a leading apostrophe, as OWASP
 * recommends: Excel and LibreOffice then show it as text. Numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  if (typeof value === 'number') return `"${value}"`
  const text = value ?? ''
  const inert = formulaStart.test(text) ? `'${text}` : text
  return `"${inert.replace(/"/g, '""')}"`
}

/**
 * One row per annotation, UTF-8 with a byte-order mark (without it Excel reads Vietnamese as Windows-1252) and
 * CRLF line ends. Replies are joined into one cell so that the one-row-per-annotation shape holds.
 */
export const csvExporter: Exporter = {
  format: 'csv',
  extension: 'csv',
  mimeType: 'text/csv',
  async write(input, progress) {
    const { labels } = input
    const header = [
      labels.document,
      labels.paragraph,
      labels.quote,
      labels.comment,
      labels.tags,
      labels.color,
      labels.annotator,
      labels.created,
      labels.modified,
      labels.status,
      labels.reply,
      'Start',
      'End',
      'Id',
    ]
    const rows: string[] = [header.map(csvField).join(',')]
    for (const [index, section] of input.sections.entries()) {
      const citations = sectionCitations(section, labels, false)
      for (const annotation of section.annotations) {
        const comment = mainComment(annotation)
        const thread = replies(annotation)
          .map((reply) => `${reply.author} (${formatDate(reply.createdAt, labels, true)}): ${reply.body}`)
          .join('\n')
        rows.push(
          [
            section.document.title,
            citations.get(annotation.id) ?? null,
            annotation.target.exact,
            comment?.body ?? '',
            annotation.tags.map((tag) => tag.name).join('; '),
            labels.colors[annotation.color],
            annotation.author,
            annotation.createdAt,
            annotation.updatedAt,
            annotation.resolvedAt ? labels.resolved : labels.open,
            thread,
            annotation.target.start,
            annotation.target.end,
            annotation.id,
          ]
            .map(csvField)
            .join(','),
        )
      }
      progress.report((index + 1) / input.sections.length)
      await progress.pause()
    }
    return new TextEncoder().encode('\uFEFF' + rows.join('\r\n') + '\r\n')
  },
}
