import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCloze, snapToWords } from '../../src-main/common/study/cloze'
import { proposeCards, type StudySource } from '../../src-main/common/study/proposeCards'
import { canonicalText } from '../../src-main/common/text/canonicalText'
import { blocksFromPlainText } from '../../src-main/common/text/plainTextBlocks'

const corpus = path.resolve('..', 'shared', 'corpus')
const files = ['joint-statement-vi.txt', 'talks-report-vi.txt'].map((name) => path.join(corpus, name))
const present = files.every((file) => fs.existsSync(file))
const words = new Intl.Segmenter('vi', { granularity: 'word' })
const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' })

describe.skipIf(!present)('cloze cards on the real corpus (skipped: ../shared/corpus is absent)', () => {
  it.each(files)(
    'hides whole words with every diacritic intact in %s',
    (file) => {
      const text = canonicalText(blocksFromPlainText(fs.readFileSync(file, 'utf8')))
      // Highlights that start and end mid-syllable, every 97 characters through the text.
      const sources: StudySource[] = []
      for (let start = 5; start + 14 < text.length; start += 97) {
        sources.push({ annotationId: String(start), start, end: start + 14, comment: null })
      }
      const wordStarts = new Set<number>()
      const wordEnds = new Set<number>()
      for (const segment of words.segment(text)) {
        wordStarts.add(segment.index)
        wordEnds.add(segment.index + segment.segment.length)
      }
      const graphemeEdges = new Set([...graphemes.segment(text)].map((segment) => segment.index))
      let checked = 0
      for (const source of sources) {
        const gap = snapToWords(text, source)
        if (!gap) continue
        expect(wordStarts.has(gap.start) && wordEnds.has(gap.end)).toBe(true)
        expect(graphemeEdges.has(gap.start) && (graphemeEdges.has(gap.end) || gap.end === text.length)).toBe(true)
        checked++
      }
      expect(checked).toBeGreaterThan(40)
      const { proposals } = proposeCards(text, sources, 'cloze')
      const flattened = text.replace(/\s*\n\s*/g, ' ')
      for (const proposal of proposals) {
        const revealed = parseCloze(proposal.prompt)
          .map((part) => part.text)
          .join('')
        // Revealed, the card reads exactly as the text did (line breaks between paragraphs read as spaces).
        expect(flattened.includes(revealed)).toBe(true)
        expect(revealed).toBe(revealed.normalize('NFC'))
      }
      expect(proposals.length).toBeGreaterThan(40)
    },
    120_000,
  )
})
