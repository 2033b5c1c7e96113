import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'
import { encodeAs } from '../support/legacyEncodings'

const corpus = path.resolve('..', 'shared', 'corpus')
const statementPath = path.join(corpus, 'joint-statement-vi.txt')
const reportPath = path.join(corpus, 'talks-report-vi.txt')
const present = fs.existsSync(statementPath) && fs.existsSync(reportPath)

describe.skipIf(!present)('importing the real corpus (skipped: ../shared/corpus is absent)', () => {
  let harness: ReturnType<typeof createDocumentsHarness>
  beforeEach(() => {
    harness = createDocumentsHarness()
  })
  afterEach(() => harness.remove())

  it('keeps all 67 paragraphs of the joint statement, its numbers, bullets and headings exactly', async () => {
    const bytes = fs.readFileSync(statementPath)
    const source = bytes.toString('utf8')
    const paragraphs = source.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
    const { document } = await harness.service.import(fileOf('joint-statement-vi.txt', bytes), {})
    const { revision } = harness.service.open(document.id)

    expect(revision.blocks).toHaveLength(67)
    expect(revision.blocks.map((block) => block.text)).toEqual(paragraphs)
    expect(revision.text).toBe(paragraphs.join('\n'))
    const byText = (start: string) => revision.blocks.find((block) => block.text.startsWith(start))
    expect(byText('9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng')?.kind).toBe('paragraph')
    expect(byText('- Hợp tác quốc phòng - an ninh')?.kind).toBe('listItem')
    expect(byText('Kết luận')).toEqual({ kind: 'heading', text: 'Kết luận', level: 2 })
    // The file has a no-break space in "Liên bang\u00a0Nga": it must survive as it is.
    expect(byText('Thành tựu 75 năm quan hệ')).toEqual({
      kind: 'heading',
      text: 'Thành tựu 75 năm quan hệ Việt Nam - Liên bang\u00a0Nga',
      level: 2,
    })
    expect(revision.blocks.filter((block) => block.kind === 'heading')).toHaveLength(4)
    for (let number = 1; number <= 33; number += 1) expect(byText(`${number}. `)).toBeDefined()
    expect(document).toMatchObject({ language: 'vi', encoding: 'utf-8', sizeBytes: bytes.length })
  })

  it('keeps every blank-line-separated paragraph of the talks report', async () => {
    const bytes = fs.readFileSync(reportPath)
    const paragraphs = bytes
      .toString('utf8')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
    const { document } = await harness.service.import(fileOf('talks-report-vi.txt', bytes), {})
    expect(harness.service.open(document.id).revision.blocks.map((block) => block.text)).toEqual(paragraphs)
    expect(paragraphs.length).toBeGreaterThanOrEqual(15)
  })

  it.each(['utf-16le-bom', 'utf-16be', 'windows-1258', 'nfd'])(
    'reads the joint statement saved as %s as the same NFC text',
    async (form) => {
      const source = fs.readFileSync(statementPath, 'utf8')
      const bytes = form === 'nfd' ? Buffer.from(source.normalize('NFD'), 'utf8') : encodeAs(source, form)
      const reference = await harness.service.import(fileOf('original.txt', Buffer.from(source, 'utf8')), {})
      const { document } = await harness.service.import(fileOf('legacy.txt', bytes), { allowDuplicate: true })
      expect(document.contentHash).toBe(reference.document.contentHash)
      expect(harness.service.open(document.id).revision.text).toBe(
        harness.service.open(reference.document.id).revision.text,
      )
    },
  )
})
