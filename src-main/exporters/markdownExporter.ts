import { sectionCitations } from './citations'
import type { Exporter } from './exporter'
import { formatDate } from './exportLabels'
import { codeSpan, commentMarkdown, escapeMarkdownText } from './markdownText'
import { mainComment, replies } from './selectAnnotations'

/** A multi-line text as a Markdown block quote, shown literally. */
function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeMarkdownText(line)}`)
    .join('\n')
}

/** A comment after its bold label: a comment that opens with a list starts on its own line. */
function labelled(label: string, body: string): string {
  const markdown = commentMarkdown(body)
  return /^(?:-|\d+\.) /u.test(markdown) ? `**${label}:**\n\n${markdown}` : `**${label}:** ${markdown}`
}

/** Continuation lines of a list item indented under it, so a multi-paragraph reply stays in its item. */
function indentContinuation(markdown: string): string {
  return markdown.replace(/\n(?=.)/gu, '\n  ')
}

/**
 * Markdown: per document a heading, then per annotation its passage as a block quote headed by the paragraph
 * number, followed by the comment, tags and replies. Paragraph numbers are escaped so no renderer renumbers them.
 * Comments keep their light Markdown; everything else a renderer could run or follow (raw HTML, javascript: and
 * other non-http(s)/mailto links) is written as literal text, because exports are opened in other tools.
 */
export const markdownExporter: Exporter = {
  format: 'markdown',
  extension: 'md',
  mimeType: 'text/markdown',
  async write(input, progress) {
    const { labels } = input
    const parts: string[] = [`# ${escapeMarkdownText(input.title)}`, '']
    parts.push(`*${escapeMarkdownText(`${labels.exportedOn}: ${formatDate(input.exportedAt, labels)}`)}*`, '')
    for (const [index, section] of input.sections.entries()) {
      if (input.sections.length > 1 || section.document.title !== input.title) {
        parts.push(`## ${escapeMarkdownText(section.document.title)}`, '')
      }
      if (section.annotations.length === 0) parts.push(labels.noAnnotations, '')
      const citations = sectionCitations(section, labels)
      for (const [number, annotation] of section.annotations.entries()) {
        const citation = citations.get(annotation.id)
        const paragraph = citation ? ` · ${escapeMarkdownText(citation)}` : ''
        parts.push(`### ${number + 1}${paragraph}`, '')
        parts.push(blockQuote(annotation.target.exact), '')
        const meta = [
          `${annotation.author || '—'}`,
          formatDate(annotation.createdAt, labels),
          labels.colors[annotation.color],
          annotation.resolvedAt ? labels.resolved : labels.open,
        ]
        parts.push(`*${escapeMarkdownText(meta.join(' · '))}*`, '')
        const comment = mainComment(annotation)
        if (comment) parts.push(labelled(labels.comment, comment.body), '')
        if (annotation.tags.length > 0) {
          parts.push(`**${labels.tags}:** ${annotation.tags.map((tag) => codeSpan(tag.name)).join(', ')}`, '')
        }
        for (const reply of replies(annotation)) {
          const when = formatDate(reply.createdAt, labels, true)
          const body = indentContinuation(commentMarkdown(reply.body))
          parts.push(`- **${escapeMarkdownText(reply.author)}** (${escapeMarkdownText(when)}): ${body}`)
        }
        if (replies(annotation).length > 0) parts.push('')
      }
      progress.report((index + 1) / input.sections.length)
      await progress.pause()
    }
    return new TextEncoder().encode(parts.join('\n'))
  },
}
