import { citePassage } from '../common/anchoring/paragraphCitation'
import { blockStartOffsets } from '../common/text/canonicalText'
import type { ExportInput, ExportSection } from './exporter'
import type { ExportLabels } from './exportLabels'

/**
 * Each annotation's paragraph citation in a section, by annotation id ("¶ 11", "¶ 11, đoạn 2"), written by the one
 * shared formatter so every export cites alike. `withSign: false` drops the "¶ " for a column already headed ¶.
 * An annotation not placed in the section's revision keeps its plain label (its offsets count in another text).
 */
export function sectionCitations(section: ExportSection, labels: ExportLabels, withSign = true): Map<string, string> {
  const starts = blockStartOffsets(section.revision.blocks)
  const citations = new Map<string, string>()
  for (const annotation of section.annotations) {
    const placed = annotation.revisionId === section.revision.id && annotation.anchorStatus === 'anchored'
    const passage = { paragraphLabel: annotation.paragraphLabel, start: placed ? annotation.target.start : -1 }
    const citation = placed
      ? citePassage(passage, section.revision.blocks, starts, labels.language, withSign)
      : annotation.paragraphLabel && (withSign ? `¶ ${annotation.paragraphLabel}` : annotation.paragraphLabel)
    if (citation) citations.set(annotation.id, citation)
  }
  return citations
}

/** The citations of every section of an export, by annotation id. */
export function exportCitations(input: Pick<ExportInput, 'sections' | 'labels'>, withSign = true): Map<string, string> {
  return new Map(input.sections.flatMap((section) => [...sectionCitations(section, input.labels, withSign)]))
}
