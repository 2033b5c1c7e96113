import type { Annotation } from '../../common/model/annotation'
import { exportCitations } from '../citations'
import type { ExportInput } from '../exporter'
import { tagKey } from '../selectAnnotations'
import type { BriefingContext } from './briefingContext'
import type { TextStyle } from './canvas'
import { ink } from './colors'

const headingStyle: TextStyle = { font: 'serifBold', size: 15, leading: 1.4 }
const tagStyle: TextStyle = { font: 'sansBold', size: 10, leading: 1.6 }
const entryStyle: TextStyle = { font: 'sans', size: 8.5, leading: 1.4 }
const quoteLength = 110

/** Annotations grouped by tag (alphabetical in the user's language), untagged last. */
export function groupByTag(annotations: Annotation[], language: string): { tag: string | null; items: Annotation[] }[] {
  const groups = new Map<string, { tag: string; items: Annotation[] }>()
  const untagged: Annotation[] = []
  for (const annotation of annotations) {
    if (annotation.tags.length === 0) untagged.push(annotation)
    for (const tag of annotation.tags) {
      const group = groups.get(tagKey(tag.name)) ?? { tag: tag.name, items: [] }
      group.items.push(annotation)
      groups.set(tagKey(tag.name), group)
    }
  }
  const sorted: { tag: string | null; items: Annotation[] }[] = [...groups.values()].sort((a, b) =>
    a.tag.localeCompare(b.tag, language),
  )
  if (untagged.length > 0) sorted.push({ tag: null, items: untagged })
  return sorted
}

/** The closing index: per tag, each annotation's number, paragraph, opening words and page. */
export async function drawTagIndex(input: ExportInput, context: BriefingContext): Promise<void> {
  const { canvas, labels } = context
  const { geometry } = canvas
  const annotations = input.sections.flatMap((section) => section.annotations)
  const citations = exportCitations(input)
  canvas.newPage()
  canvas.paragraph(labels.indexByTag, headingStyle, { x: geometry.bodyX, width: geometry.bodyWidth })
  canvas.y += 6
  const groups = groupByTag(annotations, labels.language)
  const entryCount = Math.max(
    1,
    groups.reduce((sum, group) => sum + group.items.length, 0),
  )
  let drawn = 0
  for (const group of groups) {
    canvas.ensure(canvas.lineHeight(tagStyle) + canvas.lineHeight(entryStyle))
    canvas.paragraph(group.tag ?? labels.untagged, tagStyle, { x: geometry.bodyX, width: geometry.bodyWidth })
    for (const annotation of group.items) {
      const quote = annotation.target.exact.replace(/\s+/g, ' ')
      const shown = quote.length > quoteLength ? `${quote.slice(0, quoteLength).trimEnd()}…` : quote
      const citation = citations.get(annotation.id)
      const paragraph = citation ? ` ${citation} ·` : ''
      const page = context.pages.get(annotation.id)
      const text = `${context.numbers.get(annotation.id)}.${paragraph} “${shown}”${page ? ` — ${page}` : ''}`
      canvas.paragraph(
        text,
        { ...entryStyle, color: ink.text },
        { x: geometry.bodyX + 12, width: geometry.bodyWidth - 12 },
      )
      drawn++
      if (context.due()) await context.pause(drawn / entryCount)
    }
    canvas.y += 4
  }
}
