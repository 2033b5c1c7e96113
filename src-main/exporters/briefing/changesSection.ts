import { changedSinceDraft, redline } from '../../common/drafts/redline'
import type { ExportInput } from '../exporter'
import type { BriefingContext } from './briefingContext'
import type { TextStyle } from './canvas'

const headingStyle: TextStyle = { font: 'serifBold', size: 15, leading: 1.4 }
const entryStyle: TextStyle = { font: 'sansBold', size: 9, leading: 1.5 }
const lineStyle: TextStyle = { font: 'sans', size: 9, leading: 1.45 }

/**
 * "Changes since draft N": each annotated passage that changed since draft N, with its paragraph, its old and new
 * text and a word-level redline. Deleted words are written [-like this-] and inserted ones {+like this+}, so the
 * change reads in black and white and to a screen reader, not by colour alone.
 */
export function drawChangesSection(input: ExportInput, context: BriefingContext, sinceDraft: number): void {
  const { canvas, labels } = context
  const { geometry } = canvas
  const area = { x: geometry.bodyX, width: geometry.bodyWidth }
  const indented = { x: geometry.bodyX + 12, width: geometry.bodyWidth - 12 }
  canvas.newPage()
  canvas.paragraph(`${labels.changesSinceDraft} ${sinceDraft}`, headingStyle, area)
  canvas.y += 6
  let listed = 0
  for (const section of input.sections) {
    for (const annotation of section.annotations) {
      const before = changedSinceDraft(annotation.carryOver, sinceDraft)
      if (before === null) continue
      listed++
      const paragraph = annotation.paragraphLabel ? ` · ${labels.paragraph} ${annotation.paragraphLabel}` : ''
      canvas.ensure(canvas.lineHeight(entryStyle) + 3 * canvas.lineHeight(lineStyle))
      canvas.paragraph(`${context.numbers.get(annotation.id) ?? listed}.${paragraph}`, entryStyle, area)
      canvas.paragraph(`${labels.was}: “${before}”`, lineStyle, indented)
      canvas.paragraph(`${labels.now}: “${annotation.target.exact}”`, lineStyle, indented)
      const marked = redline(before, annotation.target.exact)
        .map((segment) =>
          segment.op === 'equal'
            ? segment.text
            : segment.op === 'delete'
              ? `[-${segment.text}-]`
              : `{+${segment.text}+}`,
        )
        .join('')
      canvas.paragraph(marked, lineStyle, indented)
      canvas.y += 6
    }
  }
  if (listed === 0) canvas.paragraph(labels.noChangesSinceDraft, lineStyle, area)
}
