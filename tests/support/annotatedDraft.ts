import { expect } from 'vitest'
import type { createDraftsHarness } from './draftsHarness'
import { textFile } from './draftsHarness'
import { revisedDraft } from './revisedDraft'

type DraftsHarness = ReturnType<typeof createDraftsHarness>

/** Import draft 1 and annotate every probe on it, each with a comment naming it (its thread). */
export async function annotatedFirstDraft(harness: DraftsHarness, source: readonly string[]) {
  const { first, second, probes } = revisedDraft(source)
  const { services } = harness
  const { document } = await services.documents.import(textFile('tuyen-bo-du-thao-1.txt', first), {})
  const { revision } = services.documents.open(document.id)
  const blockStarts: number[] = []
  let offset = 0
  for (const block of revision.blocks) {
    blockStarts.push(offset)
    offset += block.text.length + 1
  }
  const made = probes.map((probe) => {
    const index = revision.blocks.findIndex((block) => block.text === first[probe.paragraph])
    expect(index, probe.name).toBeGreaterThanOrEqual(0)
    const start = blockStarts[index]! + revision.blocks[index]!.text.lastIndexOf(probe.quote)
    const annotation = services.annotations.create({
      documentId: document.id,
      start,
      end: start + probe.quote.length,
      color: 'yellow',
      comment: `probe: ${probe.name}`,
    })
    expect(annotation.target.exact).toBe(probe.quote)
    return { probe, id: annotation.id }
  })
  return { documentId: document.id, second, made }
}
