import { beforeAll, describe, expect, it } from 'vitest'
import type { Block } from '../../src-main/common/model/document'
import { parseFile } from '../../src-main/importers/parseFile'
import { geometryStatement } from '../support/geometryStatement'
import { flatOdtOf, printWithLibreOffice, sofficeAvailable, type PaperLayout } from '../support/libreOfficePdf'

const header = 'Bộ Ngoại giao — bản dự thảo'
const layouts: Record<string, PaperLayout> = {
  a4: { paper: 'A4', paragraphs: 'spaced', header },
  letter: { paper: 'Letter', paragraphs: 'indented', header },
}
const shape = (blocks: readonly Block[]) => blocks.map((block) => [block.kind, block.text])

describe.skipIf(!sofficeAvailable)('PDF paragraphs rebuilt from geometry (needs soffice; skipped without it)', () => {
  let reference: Block[]
  let pdfs: Record<string, Uint8Array>
  beforeAll(async () => {
    reference = (await parseFile({ name: 'statement.txt', bytes: Buffer.from(geometryStatement()), options: {} }))
      .blocks
    // The last paragraph goes to LibreOffice decomposed (tone marks as combining characters), as macOS writes it.
    const decomposed = reference.map((block, index) =>
      index === reference.length - 1 ? { ...block, text: block.text.normalize('NFD') } : block,
    )
    pdfs = printWithLibreOffice(
      Object.fromEntries(Object.entries(layouts).map(([name, layout]) => [name, flatOdtOf(decomposed, layout)])),
    )
  }, 240_000)

  it.each(Object.keys(layouts))(
    'a LibreOffice PDF (%s) gives the same blocks as the text: no split at line or page ends, none merged',
    async (name) => {
      const parsed = await parseFile({ name: `${name}.pdf`, bytes: pdfs[name]!, options: {} })
      expect(shape(parsed.blocks)).toEqual(shape(reference))
      // The running header and the page numbers were there, and were left out.
      expect(parsed.warnings).toContainEqual({ code: 'import.headersRemoved', params: { count: expect.any(Number) } })
      expect(parsed.blocks.some((block) => block.text.includes(header))).toBe(false)
      expect(parsed.blocks.some((block) => /^Trang \d+$/.test(block.text))).toBe(false)
    },
    60_000,
  )

  it('the A4 and Letter prints break their lines and pages in different places, yet agree', async () => {
    const [a4, letter] = await Promise.all(
      Object.keys(layouts).map((name) => parseFile({ name: `${name}.pdf`, bytes: pdfs[name]!, options: {} })),
    )
    expect(shape(a4!.blocks)).toEqual(shape(letter!.blocks))
    expect(Buffer.from(pdfs.a4!).equals(Buffer.from(pdfs.letter!))).toBe(false)
  }, 60_000)
})
