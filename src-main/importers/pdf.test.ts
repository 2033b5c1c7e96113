import { describe, expect, it } from 'vitest'
import { makeDraftPdf, makeScannedPdf } from '../../tests/support/pdfFixtures'
import { joinLines } from './pdfParagraphs'
import { parseFile } from './parseFile'

const parse = (bytes: Uint8Array) => parseFile({ name: 'draft.pdf', bytes, options: {} })

describe('PDF import', () => {
  it('rebuilds paragraphs and headings, keeps numbers, drops running headers and page numbers', async () => {
    const parsed = await parse(await makeDraftPdf())
    expect(parsed.format).toBe('pdf')
    expect(parsed.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Tuyên bố chung Việt Nam – Liên bang Nga'],
      [
        'paragraph',
        '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, đường sắt cao tốc.',
      ],
      [
        'paragraph',
        '12(b) Hai bên khẳng định tầm quan trọng của việc đẩy nhanh dự án hợp tác xây dựng Trung tâm Khoa học và Công nghệ hạt nhân.',
      ],
      [
        'listItem',
        '- Hợp tác quốc phòng - an ninh là lĩnh vực hợp tác truyền thống và là một trong những trụ cột quan trọng.',
      ],
      ['paragraph', 'The two sides agreed to expand their cooperation in education and science.'],
      ['heading', 'Kết luận'],
      ['paragraph', 'Tổng Bí thư Tô Lâm cảm ơn sự đón tiếp nồng hậu.'],
    ])
    for (const block of parsed.blocks) expect(block.text).toBe(block.text.normalize('NFC'))
    expect(parsed.warnings).toEqual([{ code: 'import.headersRemoved', params: { count: 6 } }])
  })

  it('says clearly when a PDF has no text layer', async () => {
    await expect(parse(await makeScannedPdf())).rejects.toMatchObject({ code: 'import.noTextLayer' })
  })

  it('refuses encrypted and damaged PDFs', async () => {
    await expect(parse(await makeDraftPdf({ userPassword: 'secret' }))).rejects.toMatchObject({
      code: 'import.encrypted',
    })
    await expect(parse(new TextEncoder().encode('%PDF-1.7\n garbage \n%%EOF'))).rejects.toMatchObject({
      code: 'import.corrupt',
    })
  })

  it('de-hyphenates only where it is safe', () => {
    expect(joinLines('coop-', 'eration')).toBe('cooperation')
    expect(joinLines('well-', 'known')).toBe('well-known')
    expect(joinLines('quốc phòng -', 'an ninh')).toBe('quốc phòng - an ninh')
    expect(joinLines('COVID-', '19')).toBe('COVID-19')
    expect(joinLines('soft\u00ad', 'ware')).toBe('software')
  })
})
