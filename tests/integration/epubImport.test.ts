import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'
import { encryptionXml, studyTextEpub } from '../support/epubFixture'
import { makeZipBomb } from '../support/officeFixtures'

describe('EPUB study texts', () => {
  let harness: ReturnType<typeof createDocumentsHarness>
  beforeEach(() => {
    harness = createDocumentsHarness()
  })
  afterEach(() => harness.remove())

  const blocksOf = async (bytes: Uint8Array) => {
    const { document, warnings } = await harness.service.import(fileOf('Giáo trình.epub', bytes), {})
    const revision = new RevisionsRepository(harness.database.db).current(document.id)!
    return { document, warnings, blocks: revision.blocks.map((block) => [block.kind, block.text, block.level]) }
  }

  it.each([3, 2] as const)(
    'EPUB %i: spine order, the table of contents as headings, footnotes as text, images and scripts gone',
    async (version) => {
      const { document, warnings, blocks } = await blocksOf(studyTextEpub({ version }))
      expect(document.format).toBe('epub')
      expect(document.title).toBe('Giáo trình quan hệ quốc tế')
      expect(blocks).toEqual([
        ['heading', 'Chương 1. Lịch sử', 1],
        ['paragraph', 'Hiệp định được ký năm 1950.1', undefined],
        ['paragraph', '1. Theo văn bản lưu trữ.', undefined],
        ['heading', 'Глава 2. Договор', 1],
        ['paragraph', 'Стороны подписали соглашение.', undefined],
        ['heading', 'Quan hệ phát triển.', 2],
      ])
      expect(warnings).toContainEqual({ code: 'import.imagesDropped', params: { count: 1 } })
      expect(warnings).toContainEqual({ code: 'import.linksRemoved' })
    },
  )

  it('keeps a book whose fonts only are obfuscated, and refuses DRM and zip bombs, leaving the library unchanged', async () => {
    const fonts = studyTextEpub({
      extra: { 'META-INF/encryption.xml': encryptionXml('http://www.idpf.org/2008/embedding') },
    })
    expect((await blocksOf(fonts)).blocks.length).toBe(6)
    const before = harness.counts()
    const refused: [Uint8Array, string][] = [
      [studyTextEpub({ extra: { 'META-INF/rights.xml': new TextEncoder().encode('<rights/>') } }), 'import.drm'],
      [
        studyTextEpub({
          extra: { 'META-INF/encryption.xml': encryptionXml('http://www.w3.org/2001/04/xmlenc#aes128-cbc') },
        }),
        'import.drm',
      ],
      [makeZipBomb(150), 'import.zipBomb'],
      [new TextEncoder().encode('not a zip at all'), 'import.corrupt'],
    ]
    for (const [bytes, code] of refused) {
      await expect(harness.service.import(fileOf('sách.epub', bytes), {})).rejects.toMatchObject({ code })
    }
    expect(harness.counts()).toEqual(before)
  })
})
