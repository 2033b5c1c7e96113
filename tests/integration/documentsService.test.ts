import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'

const draft = [
  'Tuyên bố chung',
  '',
  'Nhận lời mời của Tổng thống Liên bang Nga, Tổng Bí thư đã thăm chính thức LB Nga.',
  '',
  'Kết luận',
  '',
  '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng.',
  '',
  '12(b) Đường sắt cao tốc.',
  '',
  '- Hợp tác quốc phòng - an ninh là trụ cột.',
].join('\r\n')

describe('DocumentsService', () => {
  let harness: ReturnType<typeof createDocumentsHarness>
  beforeEach(() => {
    harness = createDocumentsHarness()
  })
  afterEach(() => harness.remove())

  it('imports a UTF-8 text file and opens it with paragraph numbers, dashes and headings intact', async () => {
    const { document } = await harness.service.import(fileOf('du-thao.txt', draft), {})
    expect(document).toMatchObject({
      title: 'Tuyên bố chung',
      sourceName: 'du-thao.txt',
      format: 'txt',
      encoding: 'utf-8',
      language: 'vi',
      revisionCount: 1,
      annotationCount: 0,
    })
    expect(document.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const detail = harness.service.open(document.id)
    expect(detail.revision.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Tuyên bố chung'],
      ['paragraph', 'Nhận lời mời của Tổng thống Liên bang Nga, Tổng Bí thư đã thăm chính thức LB Nga.'],
      ['heading', 'Kết luận'],
      ['paragraph', '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng.'],
      ['paragraph', '12(b) Đường sắt cao tốc.'],
      ['listItem', '- Hợp tác quốc phòng - an ninh là trụ cột.'],
    ])
    expect(detail.revision.text).toBe(detail.revision.blocks.map((block) => block.text).join('\n'))
    expect(detail.summary.lastOpenedAt).not.toBeNull()
    expect(harness.service.list().map((summary) => summary.id)).toEqual([document.id])
  })

  it("gives the reader the same blocks and text in its shape, a long text's window first", async () => {
    const paragraphs = Array.from({ length: 4_000 }, (_, index) =>
      index % 30 === 0 ? `Phần ${index / 30 + 1}` : `${index}. **Hai bên** nhất trí thúc đẩy hợp tác đường sắt.`,
    )
    const { document } = await harness.service.import(fileOf('dai.md', paragraphs.join('\n\n')), {})
    const { revision } = harness.service.open(document.id)
    const whole = harness.service.openForReader(document.id, 'whole').revision
    expect(whole.text).toBe(revision.text)
    // Kind, level and marks come from the stored blocks without their texts; the texts from the canonical text.
    expect(whole.blocks).toEqual(
      revision.blocks.map(({ text, ...layout }) =>
        layout.kind === 'heading' ? { ...layout, length: text.length, text } : { ...layout, length: text.length },
      ),
    )
    expect(whole.blocks.some((block) => block.marks?.length)).toBe(true)
    harness.service.saveReadingPosition(document.id, { offset: revision.text.indexOf('2900. ') })
    const window = harness.service.openForReader(document.id, 'window').revision
    expect(window.whole).toBe(false)
    expect(revision.text.includes(window.text)).toBe(true)
    expect(window.text).toContain('2900. ')
    expect(window.text.length).toBeLessThan(revision.text.length)
  })

  it('stores pasted text as a document of its own, NFC', async () => {
    const nfd = 'Việt Nam và Liên bang Nga.'.normalize('NFD')
    const { document } = await harness.service.importText(nfd, {})
    expect(document.format).toBe('paste')
    const detail = harness.service.open(document.id)
    expect(detail.revision.text).toBe('Việt Nam và Liên bang Nga.'.normalize('NFC'))
    expect(detail.revision.text).toBe(detail.revision.text.normalize('NFC'))
  })

  it('asks before importing the same text twice', async () => {
    const first = await harness.service.import(fileOf('a.txt', draft), {})
    const preview = await harness.service.previewImport(fileOf('b.txt', draft))
    expect(preview.duplicateOf?.id).toBe(first.document.id)
    await expect(harness.service.import(fileOf('b.txt', draft), {})).rejects.toMatchObject({ code: 'import.duplicate' })
    expect(harness.counts()).toEqual({ documents: 1, revisions: 1 })
    const second = await harness.service.import(fileOf('b.txt', draft), { allowDuplicate: true })
    expect(second.document.id).not.toBe(first.document.id)
  })

  it('previews without storing anything', async () => {
    const preview = await harness.service.previewImport(fileOf('draft.txt', draft))
    expect(preview).toMatchObject({ title: 'Tuyên bố chung', format: 'txt', encoding: 'utf-8', language: 'vi' })
    expect(preview.sample.startsWith('Tuyên bố chung\nNhận lời mời')).toBe(true)
    expect(preview.blockCount).toBe(6)
    expect(harness.counts()).toEqual({ documents: 0, revisions: 0 })
  })

  it('renames, corrects the language, deletes, restores and remembers the reading position', async () => {
    const { document } = await harness.service.importText(draft, { title: 'Bản nháp' })
    expect(document.title).toBe('Bản nháp')
    const renamed = harness.service.update(document.id, { title: '  Dự thảo   lần 2 ', language: 'en' })
    expect(renamed).toMatchObject({ title: 'Dự thảo lần 2', language: 'en' })

    harness.service.saveReadingPosition(document.id, { offset: 42, zoom: 1.25 })
    expect(harness.service.open(document.id).readingPosition).toEqual({ offset: 42, zoom: 1.25 })

    harness.service.delete(document.id)
    expect(harness.service.list()).toEqual([])
    expect(() => harness.service.open(document.id)).toThrow(expect.objectContaining({ code: 'documents.notFound' }))
    expect(harness.service.restore(document.id).title).toBe('Dự thảo lần 2')
    expect(harness.service.list().map((summary) => summary.id)).toEqual([document.id])
    expect(harness.changes.length).toBeGreaterThanOrEqual(4)
  })

  it('empties the trash for good at the next start', async () => {
    const kept = (await harness.service.importText('Giữ lại.', {})).document
    const trashed = (await harness.service.importText('Xoá đi.', {})).document
    harness.service.delete(trashed.id)
    expect(harness.service.purgeTrash()).toEqual([trashed.id])
    expect(harness.counts()).toEqual({ documents: 1, revisions: 1 })
    expect(() => harness.service.restore(trashed.id)).toThrow(expect.objectContaining({ code: 'documents.notFound' }))
    expect(harness.service.list().map((summary) => summary.id)).toEqual([kept.id])
  })

  it('refuses empty pasted text and leaves the library unchanged', async () => {
    await expect(harness.service.importText(' \r\n\r\n ', {})).rejects.toMatchObject({ code: 'import.empty' })
    expect(harness.counts()).toEqual({ documents: 0, revisions: 0 })
  })
})

describe('the welcome document', () => {
  it('is created once from resources/welcome, bilingual, with its numbers as written', async () => {
    const harness = createDocumentsHarness()
    try {
      const welcome = await harness.service.openWelcome()
      expect(welcome).toMatchObject({ format: 'welcome', language: 'und' })
      expect((await harness.service.openWelcome()).id).toBe(welcome.id)
      const { revision } = harness.service.open(welcome.id)
      const texts = revision.blocks.map((block) => block.text)
      expect(texts[0]).toBe('Welcome to Marginalia · Chào mừng đến với Marginalia')
      expect(texts).toContain('1. Chọn vài từ trong đoạn này rồi chọn một màu để tô sáng.')
      expect(texts.some((text) => text.startsWith('9. Numbered paragraphs'))).toBe(true)
      expect(harness.service.list()).toHaveLength(1)
    } finally {
      harness.remove()
    }
  })
})
