import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { targetAt } from '../../src-main/common/anchoring/describe'
import { carryOver } from '../../src-main/common/drafts/carryOver'
import { randomlyEdited, seededRandom } from '../../src-main/common/drafts/randomEdits.testData'
import { createDraftsHarness, textFile } from '../support/draftsHarness'
import { revisedDraft } from '../support/revisedDraft'

const corpus = path.resolve('..', 'shared', 'corpus')
const statementPath = path.join(corpus, 'joint-statement-vi.txt')
const reportPath = path.join(corpus, 'talks-report-vi.txt')
const present = fs.existsSync(statementPath) && fs.existsSync(reportPath)
const paragraphsOf = (file: string) =>
  fs
    .readFileSync(file, 'utf8')
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

describe.skipIf(!present)('drafts of the real corpus (skipped: ../shared/corpus is absent)', () => {
  let harness: ReturnType<typeof createDraftsHarness>
  beforeEach(() => {
    harness = createDraftsHarness()
  })
  afterEach(() => harness.remove())

  it('carries every probe of the joint statement to its class, place, paragraph number and thread', async () => {
    const { first, second, probes } = revisedDraft(paragraphsOf(statementPath))
    const { documents, annotations } = harness.services
    const { document } = await documents.import(textFile('joint-statement-1.txt', first), {})
    const { revision } = documents.open(document.id)
    const made = probes.map((probe) => {
      const blockStart = revision.text.indexOf(first[probe.paragraph]!)
      expect(blockStart, probe.name).toBeGreaterThanOrEqual(0)
      const start = blockStart + first[probe.paragraph]!.lastIndexOf(probe.quote)
      const end = start + probe.quote.length
      const created = annotations.create({ documentId: document.id, start, end, color: 'blue', comment: probe.name })
      return { probe, id: created.id }
    })
    const report = await harness.api['documents.importDraft'](
      document.id,
      textFile('joint-statement-2.txt', second),
      {},
    )
    expect(report.items).toHaveLength(probes.length)
    const listed = new Map((await harness.api['annotations.list'](document.id)).map((a) => [a.id, a]))
    for (const { probe, id } of made) {
      const annotation = listed.get(id)!
      expect(annotation.carryOver?.class, probe.name).toBe(probe.expected.class)
      expect(annotation.paragraphLabel, probe.name).toBe(probe.expected.label)
      expect(annotation.comments[0]?.body, probe.name).toBe(probe.name)
      if (probe.expected.exact !== null) expect(annotation.target.exact, probe.name).toBe(probe.expected.exact)
      else expect(annotation.carryOver!.candidates.length, probe.name).toBeGreaterThan(1)
    }
  })

  it('never misplaces an annotation on either corpus text through seeded random edits', () => {
    let misplaced = 0
    let total = 0
    for (const file of [statementPath, reportPath]) {
      for (let seed = 1; seed <= 6; seed++) {
        const random = seededRandom(seed * 97)
        const older = paragraphsOf(file)
        const oldText = older.join('\n')
        const edited = randomlyEdited(random, older, 20)
        const newText = edited.paragraphs.join('\n')
        const words = [...oldText.matchAll(/\S+/gu)]
        const targets = Array.from({ length: 200 }, () => {
          const k = Math.floor(random() * words.length)
          const from = words[k]!
          const to = words[Math.min(words.length - 1, k + Math.floor(random() * 6))]!
          const end = to.index + to[0].length
          const lineEnd = oldText.indexOf('\n', from.index)
          return targetAt(oldText, from.index, lineEnd === -1 ? end : Math.min(end, lineEnd))
        })
        const { placements } = carryOver(older, edited.paragraphs, targets)
        placements.forEach((placement, index) => {
          total++
          if (placement.start === null || placement.end === null) return
          const target = targets[index]!
          let marked = 0
          for (let at = placement.start; at < placement.end; at++) {
            const origin = edited.origins[at]!
            if (origin >= target.start && origin < target.end) marked++
          }
          if (marked === 0) misplaced++
          expect(newText.slice(placement.start, placement.end).trim().length).toBeGreaterThan(0)
        })
      }
    }
    expect(total).toBe(2400)
    expect(misplaced).toBe(0)
  })
})
