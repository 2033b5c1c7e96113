import { type MarkdownRun, parseLightMarkdown } from '../common/text/lightMarkdown'

/** Addresses a Markdown export may link to; anything else (javascript:, data:, file:, relative) is printed as text. */
const allowedLink = /^(?:https?:\/\/|mailto:)[^\s]/iu

/**
 * Plain text as Markdown that shows it literally: every character a renderer would read as formatting or HTML is
 * backslash-escaped (CommonMark lets any ASCII punctuation be escaped), and so are line starts that would become
 * a heading, list, quote or rule ("9." stays a paragraph number, not a renumbered list).
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&~|]/gu, (character) => `\\${character}`)
    .replace(/^(\s*)(\d+)([.)])/gmu, '$1$2\\$3')
    .replace(/^(\s*)([#+=-])/gmu, '$1\\$2')
}

/** Text as an inline code span, with a fence longer than any backtick run inside it (tag names can hold "`"). */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/gu)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const padded = /^`|`$/u.test(text) ? ` ${text} ` : text
  return `${fence}${padded}${fence}`
}

/** An allowed address with the characters that could end or break out of a Markdown link percent-encoded. */
function linkAddress(url: string): string {
  return url.replace(
    /[()<>"'`\\\s[\]]/gu,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

function runMarkdown(run: MarkdownRun): string {
  let text = escapeMarkdownText(run.text)
  if (run.url !== null) {
    text = allowedLink.test(run.url)
      ? `[${text}](${linkAddress(run.url)})`
      : run.url === run.text
        ? text
        : `${text} (${escapeMarkdownText(run.url)})`
  }
  if (run.italic) text = `*${text}*`
  if (run.bold) text = `**${text}**`
  return text
}

function runsMarkdown(runs: readonly MarkdownRun[]): string {
  return runs.map(runMarkdown).join('')
}

/**
 * A comment's light Markdown written back as Markdown a reader's renderer shows as the app does: bold, italic,
 * lists and http(s)/mailto links kept, everything else (raw HTML, other link schemes, stray marks) literal text.
 */
export function commentMarkdown(source: string): string {
  return parseLightMarkdown(source)
    .map((block) =>
      block.kind === 'paragraph'
        ? runsMarkdown(block.runs)
        : block.items
            .map((item, index) => `${block.ordered ? `${block.start + index}.` : '-'} ${runsMarkdown(item)}`)
            .join('\n'),
    )
    .join('\n\n')
}
