import { describe, expect, it } from 'vitest'
import { makeDraftDocx, makeZipBomb } from '../../tests/support/officeFixtures'
import { parseFile } from './parseFile'

const parse = (bytes: Uint8Array) => parseFile({ name: 'draft.docx', bytes, options: {} })

describe('DOCX import', () => {
  it('reads headings, typed numbers, Word list numbers as Word shows them, emphasis and tables', async () => {
    const parsed = await parse(await makeDraftDocx())
    expect(parsed.format).toBe('docx')
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Tuyên bố chung Việt Nam – Liên bang Nga'],
      ['paragraph', '9. Hai bên nhất trí tăng cường hợp tác về đường sắt.'],
      ['paragraph', '12(b) Điều 3 được giữ nguyên.'],
      ['paragraph', '9. Năng lượng'],
      ['paragraph', '9(a) Dầu khí'],
      ['paragraph', '9(b) Hạt nhân'],
      ['paragraph', '10. Giáo dục'],
      ['paragraph', 'Điều 3. Phạm vi điều chỉnh'],
      ['paragraph', 'Liên kết và ảnh'],
      ['tableRow', 'Điều | Nội dung'],
      ['heading', 'Kết luận'],
    ])
    expect(parsed.blocks[1]?.marks).toEqual([
      { start: 11, end: 19, bold: true },
      { start: 31, end: 38, italic: true },
    ])
    expect(JSON.stringify(parsed.blocks)).not.toContain('javascript')
    expect(parsed.warnings).toContainEqual({ code: 'import.imagesDropped', params: { count: 1 } })
  })

  it('refuses a zip bomb before inflating it, and one that lies about its size while inflating', async () => {
    await expect(parse(makeZipBomb(130))).rejects.toMatchObject({ code: 'import.zipBomb' })
    await expect(parse(makeZipBomb(130, true))).rejects.toMatchObject({ code: 'import.zipBomb' })
  })

  it('refuses files that are not Word documents, and password-protected ones', async () => {
    await expect(parse(new TextEncoder().encode('not a zip at all'))).rejects.toMatchObject({ code: 'import.corrupt' })
    const docx = await makeDraftDocx()
    await expect(parse(docx.subarray(0, docx.length / 2))).rejects.toMatchObject({ code: 'import.corrupt' })
    const encrypted = new Uint8Array(2048)
    encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    encrypted.set(Buffer.from('EncryptionInfo', 'utf16le'), 1024)
    await expect(parse(encrypted)).rejects.toMatchObject({ code: 'import.encrypted' })
  })
})
