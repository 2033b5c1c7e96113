import type { Exporter } from './exporter'
import { formatDate } from './exportLabels'
import { mainComment, replies } from './selectAnnotations'

/** Text that Markdown would otherwise read as formatting at the start of a line ("9." as a list, "#" as a heading). */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3').replace(/^(\s*)([#>+*-])/, '$1\\$2')
}

/** A multi-line text as a Markdown block quote. */
function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeLineStart(line)}`)
    .join('\n')
}

/**
 * Markdown: per document a heading, then per annotation its passage as a block quote headed by the paragraph
 * number, followed by the comment, tags and replies. Paragraph numbers are escaped so no renderer renumbers them.
 */
export const markdownExporter: Exporter = {
  format: 'markdown',
  extension: 'md',
  mimeType: 'text/markdown',
  async write(input, progress) {
    const { labels } = input
    const parts: string[] = [`# ${input.title}`, '']
    parts.push(`*${labels.exportedOn}: ${formatDate(input.exportedAt, labels)}*`, '')
    for (const [index, section] of input.sections.entries()) {
      if (input.sections.length > 1 || section.document.title !== input.title) {
        parts.push(`## ${section.document.title}`, '')
      }
      if (section.annotations.length === 0) parts.push(labels.noAnnotations, '')
      for (const [number, annotation] of section.annotations.entries()) {
        const paragraph = annotation.paragraphLabel ? ` · ${labels.paragraph} ${annotation.paragraphLabel}` : ''
        parts.push(`### ${number + 1}${paragraph}`, '')
        parts.push(blockQuote(annotation.target.exact), '')
        const meta = [
          `${annotation.author || '—'}`,
          formatDate(annotation.createdAt, labels),
          labels.colors[annotation.color],
          annotation.resolvedAt ? labels.resolved : labels.open,
        ]
        parts.push(`*${meta.join(' · ')}*`, '')
        const comment = mainComment(annotation)
        if (comment) parts.push(`**${labels.comment}:** ${comment.body}`, '')
        if (annotation.tags.length > 0) {
          parts.push(`**${labels.tags}:** ${annotation.tags.map((tag) => `\`${tag.name}\``).join(', ')}`, '')
        }
        for (const reply of replies(annotation)) {
          parts.push(`- **${reply.author}** (${formatDate(reply.createdAt, labels, true)}): ${reply.body}`)
        }
        if (replies(annotation).length > 0) parts.push('')
      }
      progress.report((index + 1) / input.sections.length)
      await progress.pause()
    }
    return new TextEncoder().encode(parts.join('\n'))
  },
}
