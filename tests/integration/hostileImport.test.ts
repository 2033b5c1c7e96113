import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { childProcessLauncher } from '../../src-main/importers/childProcessWorker'
import { maxImportBytes } from '../../src-main/importers/importErrors'
import { IsolatedImportRunner } from '../../src-main/importers/isolatedRunner'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'
import { makeZipBomb } from '../support/officeFixtures'

/** Every hostile file goes through the real worker process and must leave the library exactly as it was. */
describe('hostile files', () => {
  let runner: IsolatedImportRunner
  let harness: ReturnType<typeof createDocumentsHarness>
  beforeAll(async () => {
    runner = new IsolatedImportRunner(childProcessLauncher())
    harness = createDocumentsHarness(runner)
    await harness.service.importText('Một tài liệu đã có.', {})
  })
  afterAll(() => {
    runner.dispose()
    harness.remove()
  })

  const refusals: [string, () => { name: string; bytes: Uint8Array }, string][] = [
    ['an empty file', () => fileOf('empty.txt', new Uint8Array(0)), 'import.empty'],
    [
      'random bytes',
      () =>
        fileOf(
          'noise.txt',
          Uint8Array.from({ length: 65_536 }, (_, index) => (index * 2654435761) >>> 24),
        ),
      'import.binary',
    ],
    ['random bytes named .docx', () => fileOf('noise.docx', new Uint8Array(4096).fill(7)), 'import.corrupt'],
    ['random bytes named .pdf', () => fileOf('noise.pdf', new Uint8Array(4096).fill(7)), 'import.corrupt'],
    ['an unsupported type', () => fileOf('program.exe', 'MZ'), 'import.unsupportedType'],
    ['a DOCX zip bomb', () => fileOf('bomb.docx', makeZipBomb(150)), 'import.zipBomb'],
    ['a DOCX zip bomb that lies about its size', () => fileOf('liar.docx', makeZipBomb(150, true)), 'import.zipBomb'],
    [
      'a file over the size limit',
      () => fileOf('huge.txt', new Uint8Array(maxImportBytes + 1).fill(0x61)),
      'import.tooLarge',
    ],
  ]

  it.each(refusals)('refuses %s clearly and leaves the library unchanged', async (_label, make, code) => {
    const before = harness.service.list()
    const file = make()
    await expect(harness.service.previewImport(file)).rejects.toMatchObject({ code })
    await expect(harness.service.import(file, {})).rejects.toMatchObject({ code })
    expect(harness.service.list()).toEqual(before)
    expect(harness.counts()).toEqual({ documents: 1, revisions: 1 })
  })

  it('imports HTML with scripts, handlers and javascript: links as inert text only', async () => {
    const html = `<html><head><script>fetch('http://evil.example/')</script></head>
      <body onload="steal()"><h2>Kết luận</h2><p onmouseover="steal()">Nội dung <a href="javascript:steal()">ở đây</a>.</p>
      <iframe src="http://evil.example/"></iframe><img src="http://evil.example/p.png"></body></html>`
    const { document, warnings } = await harness.service.import(fileOf('page.html', html), {})
    const { revision } = harness.service.open(document.id)
    expect(revision.blocks).toEqual([
      { kind: 'heading', text: 'Kết luận', level: 2 },
      { kind: 'paragraph', text: 'Nội dung ở đây.' },
    ])
    expect(JSON.stringify(revision)).not.toMatch(/steal|evil|javascript|script/)
    expect(warnings.map((warning) => warning.code)).toEqual(['import.imagesDropped', 'import.linksRemoved'])
  })
})
