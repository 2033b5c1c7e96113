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

  it('stores the preview by its id, without the bytes, with the choices made in the preview', async () => {
    const { runner, parses } = countingRunner()
    harness = createDocumentsHarness(runner)
    const preview = await harness.service.previewImport(fileOf('tuyen-bo.txt', statement, 'windows-1258'))
    const { document } = harness.service.importPreviewed(preview.previewId, { title: 'Tuyên bố', language: 'vi' })
    expect(parses).toEqual(['tuyen-bo.txt'])
    expect(document).toMatchObject({ title: 'Tuyên bố', language: 'vi', encoding: 'windows-1258' })
    expect(harness.service.open(document.id).revision.text).toBe(preview.sample)
  })

  it('refuses an id it no longer keeps, changing nothing: replaced by a later preview, or already imported', async () => {
    harness = createDocumentsHarness(inProcessRunner)
    const first = await harness.service.previewImport(fileOf('a.txt', statement))
    const second = await harness.service.previewImport(
      fileOf(
        'b.txt',
        `${statement}

Điều 3.`,
      ),
    )
    expect(() => harness!.service.importPreviewed(first.previewId, {})).toThrow(
      expect.objectContaining({ code: 'import.previewGone' }),
    )
    expect(() => harness!.service.importPreviewed(crypto.randomUUID(), {})).toThrow(
      expect.objectContaining({ code: 'import.previewGone' }),
    )
    expect(harness.service.list()).toEqual([])

    // A refused id left the kept preview in place; once imported it is given back no more.
    const { document } = harness.service.importPreviewed(second.previewId, {})
    expect(harness.service.open(document.id).revision.text.endsWith('Điều 3.')).toBe(true)
    expect(() => harness!.service.importPreviewed(second.previewId, {})).toThrow(
      expect.objectContaining({ code: 'import.previewGone' }),
    )
    expect(harness.service.list().map((each) => each.id)).toEqual([document.id])
  })

  it('refuses a previewed duplicate unless asked, storing nothing, and still has it when asked', async () => {
    harness = createDocumentsHarness(inProcessRunner)
    await harness.service.import(fileOf('a.txt', statement), {})
    const preview = await harness.service.previewImport(fileOf('a-again.txt', statement))
    expect(preview.duplicateOf).not.toBeNull()
    expect(() => harness!.service.importPreviewed(preview.previewId, {})).toThrow(
      expect.objectContaining({ code: 'import.duplicate' }),
    )
    expect(harness.service.list()).toHaveLength(1)
    // The refusal kept the preview: importing it again on purpose needs no bytes either.
    harness.service.importPreviewed(preview.previewId, { allowDuplicate: true })
    expect(harness.service.list()).toHaveLength(2)
  })
})
