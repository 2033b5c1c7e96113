import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childProcessLauncher } from '../../src-main/importers/childProcessWorker'
import { IsolatedImportRunner } from '../../src-main/importers/isolatedRunner'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'
import { makeDraftDocx } from '../support/officeFixtures'
import { makeDraftPdf } from '../support/pdfFixtures'

/** Each format through the real worker process and DocumentsService into a real library, then opened. */
describe('importing every format through the import worker', () => {
  let runner: IsolatedImportRunner
  let harness: ReturnType<typeof createDocumentsHarness>
  beforeAll(() => {
    runner = new IsolatedImportRunner(childProcessLauncher())
    harness = createDocumentsHarness(runner)
  })
  afterAll(() => {
    runner.dispose()
    harness.remove()
  })
  const textOf = async (file: ReturnType<typeof fileOf>) => {
    const { document } = await harness.service.import(file, {})
    return { document, text: harness.service.open(document.id).revision.text }
  }

  it('a DOCX made in the test, with Word numbering, as NFC text', async () => {
    const { document, text } = await textOf(fileOf('Dự thảo.docx', await makeDraftDocx()))
    expect(document).toMatchObject({ format: 'docx', encoding: null, language: 'vi' })
    expect(document.title).toBe('Tuyên bố chung Việt Nam – Liên bang Nga')
    expect(text).toContain('\n9. Hai bên nhất trí tăng cường hợp tác về đường sắt.\n')
    expect(text).toContain('\n9(a) Dầu khí\n')
    expect(text).toContain('\nĐiều 3. Phạm vi điều chỉnh\n')
    expect(text.endsWith('\nKết luận')).toBe(true)
  })

  it('a PDF made in the test with a Noto font, Vietnamese intact, without running headers', async () => {
    const { document, text } = await textOf(fileOf('draft.pdf', await makeDraftPdf()))
    expect(document).toMatchObject({ format: 'pdf', language: 'vi' })
    expect(text).toContain(
      '\n9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, đường sắt cao tốc.\n',
    )
    expect(text).not.toContain('Bộ Ngoại giao – Bản dự thảo')
    expect(text).not.toMatch(/Trang \d/)
    expect(text).toBe(text.normalize('NFC'))
  })

  it('Markdown and HTML', async () => {
    expect((await textOf(fileOf('notes.md', '# Kết luận\n\n- Gạch *đầu* dòng\n'))).text).toBe(
      'Kết luận\n- Gạch đầu dòng',
    )
    expect((await textOf(fileOf('page.htm', '<h1>Điều 3</h1><p>Nội dung.</p>'))).text).toBe('Điều 3\nNội dung.')
  })

  it('previews the detected encoding with the choices, and imports with the one the user picked', async () => {
    const bytes = iconv.encode('Стороны договорились.\n\nУкреплять сотрудничество.', 'koi8-r')
    const preview = await harness.service.previewImport(fileOf('ru.txt', bytes))
    expect(preview).toMatchObject({ encoding: 'koi8-r', language: 'ru' })
    expect(preview.encodingChoices).toContain('windows-1251')
    expect(preview.sample).toBe('Стороны договорились.\nУкреплять сотрудничество.')
    const forced = await harness.service.previewImport(fileOf('ru.txt', bytes, 'windows-1251'))
    expect(forced.encoding).toBe('windows-1251')
    expect(forced.sample).not.toBe(preview.sample)
    const { document } = await harness.service.import(fileOf('ru.txt', bytes, 'koi8-r'), {})
    expect(document).toMatchObject({ encoding: 'koi8-r', language: 'ru', title: 'ru' })
  })
})
