/**
 * Pressing Import after the preview stores what the preview parsed: the file is not parsed a second time (seconds
 * for a 7 MB text in the import worker), yet the title and language chosen in the preview apply, and any other file,
 * or the same file read with another encoding, is parsed afresh.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { inProcessRunner, type ImportRunner } from '../../src-main/importers/importRunner'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'

const statement = 'Tuyên bố chung\n\n9. Hai bên nhất trí thúc đẩy hợp tác đường sắt.\n\n- Hợp tác quốc phòng.'

let harness: ReturnType<typeof createDocumentsHarness> | undefined
afterEach(() => harness?.remove())

function countingRunner(): { runner: ImportRunner; parses: string[] } {
  const parses: string[] = []
  return {
    parses,
    runner: {
      parse: (request) => {
        parses.push(request.name)
        return inProcessRunner.parse(request)
      },
      dispose: () => {},
    },
  }
}

describe('importing a file just previewed', () => {
  it('stores what the preview parsed, with the title and language chosen in the preview', async () => {
    const { runner, parses } = countingRunner()
    harness = createDocumentsHarness(runner)
    const file = fileOf('tuyen-bo.txt', statement)
    const preview = await harness.service.previewImport(file)
    expect(preview.title).toBe('Tuyên bố chung')
    const { document } = await harness.service.import(fileOf('tuyen-bo.txt', statement), {
      title: '  Tuyên bố   chung 2026 ',
      language: 'en',
    })
    expect(parses).toEqual(['tuyen-bo.txt'])
    expect(document.title).toBe('Tuyên bố chung 2026')
    expect(document.language).toBe('en')
    const detail = harness.service.open(document.id)
    expect(detail.revision.blocks.map((block) => block.text)).toEqual([
      'Tuyên bố chung',
      '9. Hai bên nhất trí thúc đẩy hợp tác đường sắt.',
      '- Hợp tác quốc phòng.',
    ])
  })

  it('parses again a different file, the same file with another encoding, or a second import of it', async () => {
    const { runner, parses } = countingRunner()
    harness = createDocumentsHarness(runner)
    await harness.service.previewImport(fileOf('a.txt', statement))
    await harness.service.import(fileOf('a.txt', `${statement}\n\nĐiều 3.`), {})
    expect(parses).toEqual(['a.txt', 'a.txt'])

    await harness.service.previewImport(fileOf('b.txt', statement))
    const other = await harness.service.import(fileOf('b.txt', statement, 'windows-1258'), { allowDuplicate: true })
    expect(parses).toEqual(['a.txt', 'a.txt', 'b.txt', 'b.txt'])
    expect(other.document.encoding).toBe('windows-1258')

    // The kept preview is given back once: importing the same file again parses it.
    await harness.service.import(fileOf('b.txt', statement), { allowDuplicate: true })
    expect(parses).toHaveLength(5)
  })
})
