import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Block } from '../../src-main/common/model/document'
import { parseFile } from '../../src-main/importers/parseFile'
import { flatOdtOf, printWithLibreOffice, sofficeAvailable, type PaperLayout } from '../support/libreOfficePdf'

const corpus = path.resolve('..', 'shared', 'corpus')
const texts = ['joint-statement-vi', 'talks-report-vi']
const present = texts.every((name) => fs.existsSync(path.join(corpus, `${name}.txt`)))
const layouts: Record<string, PaperLayout> = {
  a4: { paper: 'A4', paragraphs: 'spaced', header: 'Tuyên bố chung — bản dự thảo' },
  letter: { paper: 'Letter', paragraphs: 'indented', header: 'Tuyên bố chung — bản dự thảo' },
}
// A PDF prints a no-break space as a space glyph, and its text layer says "space" (and one with a space beside it
// looks like one space): that is the one difference expected.
const shape = (blocks: readonly Block[]) => blocks.map((block) => [block.kind, block.text.replace(/[\u00a0 ]+/g, ' ')])

describe.skipIf(!present || !sofficeAvailable)(
  'the real corpus printed to PDF by LibreOffice (skipped without ../shared/corpus or soffice)',
  () => {
    const reference: Record<string, Block[]> = {}
    let pdfs: Record<string, Uint8Array>
    beforeAll(async () => {
      const documents: Record<string, string> = {}
      for (const name of texts) {
        const bytes = fs.readFileSync(path.join(corpus, `${name}.txt`))
        reference[name] = (await parseFile({ name: `${name}.txt`, bytes, options: {} })).blocks
        for (const [paper, layout] of Object.entries(layouts)) {
          documents[`${name}-${paper}`] = flatOdtOf(reference[name], layout)
        }
      }
      pdfs = printWithLibreOffice(documents)
    }, 240_000)

    it.each(texts.flatMap((name) => Object.keys(layouts).map((paper) => [name, paper])))(
      '%s at %s gives the blocks of the text file',
      async (name, paper) => {
        const parsed = await parseFile({ name: `${name}.pdf`, bytes: pdfs[`${name}-${paper}`]!, options: {} })
        expect(shape(parsed.blocks)).toEqual(shape(reference[name]!))
      },
      60_000,
    )

    it('keeps the joint statement at 67 blocks with "1." to "33." each starting its own paragraph', async () => {
      const parsed = await parseFile({ name: 'a4.pdf', bytes: pdfs['joint-statement-vi-a4']!, options: {} })
      expect(parsed.blocks).toHaveLength(67)
      for (let number = 1; number <= 33; number += 1) {
        expect(parsed.blocks.filter((block) => block.text.startsWith(`${number}. `))).toHaveLength(1)
      }
    }, 60_000)
  },
)
