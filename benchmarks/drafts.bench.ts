/**
 * Drafts at 1 MB: carrying 5,000 annotations over to a revised draft (one alignment, one offset map) beside the
 * per-annotation fuzzy search it replaces (anchorTarget over the whole new text for each annotation), how many
 * annotations landed on text they did not mark, and computing the compare model. Baselines in the same run.
 */
import { diffArrays } from 'diff'
import { anchorTarget } from '../src-main/common/anchoring/anchor'
import { targetAt } from '../src-main/common/anchoring/describe'
import { carryOver } from '../src-main/common/drafts/carryOver'
import { comparedParagraphs } from '../src-main/common/drafts/compareDrafts'
import { alignDrafts, draftText } from '../src-main/common/drafts/draftAlignment'
import { generatedDraft, randomlyEdited, seededRandom } from '../src-main/common/drafts/randomEdits.testData'
import type { TextTarget } from '../src-main/common/model/annotation'
import type { Block } from '../src-main/common/model/document'
import { ms, quantile, ratio, timeRuns, type BenchRow } from './benchRow'

const annotationCount = 5_000
/** The fuzzy baseline stops after this long and is extrapolated: it is the slow way, measured to show how slow. */
const baselineBudgetMs = 20_000

function revisedMegabyte() {
  const random = seededRandom(2026)
  const older: string[] = []
  while (older.join('\n').length < 1_000_000) older.push(...generatedDraft(random, 500))
  older.forEach((text, index) => (older[index] = text.replace(/^\d+\./u, `${index + 1}.`)))
  const edited = randomlyEdited(random, older, 600)
  const oldText = older.join('\n')
  const words = [...oldText.matchAll(/\S+/gu)]
  const targets: TextTarget[] = Array.from({ length: annotationCount }, () => {
    const k = Math.floor(random() * words.length)
    const from = words[k]!
    const to = words[Math.min(words.length - 1, k + Math.floor(random() * 6))]!
    const lineEnd = oldText.indexOf('\n', from.index)
    const end = to.index + to[0].length
    return targetAt(oldText, from.index, lineEnd === -1 ? end : Math.min(end, lineEnd))
  })
  return { older, edited, targets, oldText }
}

/** Run the scenarios; each row carries its own baseline. */
export async function run(): Promise<BenchRow[]> {
  const { older, edited, targets, oldText } = revisedMegabyte()
  const newer = edited.paragraphs
  const newText = newer.join('\n')
  const carry = await timeRuns(5, () => carryOver(older, newer, targets))
  const { placements } = carryOver(older, newer, targets)
  let misplaced = 0
  const classes = { exact: 0, moved: 0, reworded: 0, orphaned: 0 }
  placements.forEach((placement, index) => {
    classes[placement.class]++
    if (placement.start === null || placement.end === null) return
    const target = targets[index]!
    let marked = 0
    for (let at = placement.start; at < placement.end; at++) {
      const origin = edited.origins[at]!
      if (origin >= target.start && origin < target.end) marked++
    }
    if (marked === 0) misplaced++
  })

  // Baseline: a fuzzy search per annotation over the whole new text (what list() did for a new revision).
  let searched = 0
  let baselineMisplaced = 0
  const started = performance.now()
  for (const target of targets) {
    const found = anchorTarget(newText, target)
    searched++
    if (found) {
      let marked = 0
      for (let at = found.start; at < found.end; at++) {
        const origin = edited.origins[at]!
        if (origin >= target.start && origin < target.end) marked++
      }
      if (marked === 0) baselineMisplaced++
    }
    if (performance.now() - started > baselineBudgetMs) break
  }
  const baselineMs = ((performance.now() - started) / searched) * annotationCount

  const blocksOf = (texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }))
  const compare = await timeRuns(3, () => {
    const alignment = alignDrafts(draftText(older), draftText(newer))
    return comparedParagraphs(alignment, blocksOf(older), blocksOf(newer))
  })
  // Run once: the library's Myers diff over whole paragraphs is the slow reference, not the thing measured.
  const paragraphDiff = await timeRuns(1, () => diffArrays(older, newer))

  const carryMedian = quantile(carry, 0.5)
  const compareMedian = quantile(compare, 0.5)
  const size = `${(oldText.length / 1_000_000).toFixed(2)} MB`
  return [
    {
      scenario: `drafts: carry ${annotationCount} annotations to a revised ${size} draft (${classes.exact} exact, ${classes.moved} moved, ${classes.reworded} reworded, ${classes.orphaned} orphaned)`,
      measured: `${ms(carryMedian)} median`,
      alternative: `per-annotation fuzzy search${searched < annotationCount ? ` (extrapolated from ${searched})` : ''}: ${ms(baselineMs)}`,
      ratio: ratio(carryMedian, baselineMs),
      target: '≤ 300 ms',
      verdict: carryMedian <= 300 ? 'ok' : 'over',
    },
    {
      scenario: `drafts: annotations placed on text they did not mark (of ${annotationCount})`,
      measured: `${misplaced}`,
      alternative: `per-annotation fuzzy search: ${baselineMisplaced} of ${searched}`,
      ratio: '—',
      target: '0',
      verdict: misplaced === 0 ? 'ok' : 'over',
    },
    {
      scenario: `drafts: compare model of ${size} (paragraphs and words)`,
      measured: `${ms(compareMedian)} median`,
      alternative: `a Myers diff of whole paragraphs only: ${ms(quantile(paragraphDiff, 0.5))}`,
      ratio: ratio(compareMedian, quantile(paragraphDiff, 0.5)),
      target: '≤ 500 ms',
      verdict: compareMedian <= 500 ? 'ok' : 'over',
    },
  ]
}
