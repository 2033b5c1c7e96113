import { afterEach, describe, expect, it } from 'vitest'
import { childProcessLauncher, locateImportWorker } from '../../src-main/importers/childProcessWorker'
import { IsolatedImportRunner } from '../../src-main/importers/isolatedRunner'
import { createDocumentsHarness, fileOf } from '../support/documentsHarness'

const paragraph = 'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.\n\n'

describe('parsing in a separate process', () => {
  const runners: IsolatedImportRunner[] = []
  const harnesses: ReturnType<typeof createDocumentsHarness>[] = []
  afterEach(() => {
    for (const runner of runners.splice(0)) runner.dispose()
    for (const harness of harnesses.splice(0)) harness.remove()
  })
  const setUp = (heapMegabytes?: number, timeoutMs = 60_000) => {
    const runner = new IsolatedImportRunner(childProcessLauncher(locateImportWorker(), heapMegabytes), {
      timeoutMs,
      idleMs: 1000,
    })
    runners.push(runner)
    const harness = createDocumentsHarness(runner)
    harnesses.push(harness)
    return harness
  }

  it('imports through the worker with the same result as in process', async () => {
    const harness = setUp()
    const { document } = await harness.service.import(fileOf('a.txt', `Tiêu đề\n\n${paragraph}9. Chín.`), {})
    expect(harness.service.open(document.id).revision.text).toBe(`Tiêu đề\n${paragraph.trim()}\n9. Chín.`)
    await expect(harness.service.import(fileOf('b.txt', ''), {})).rejects.toMatchObject({ code: 'import.empty' })
  })

  it('kills a worker that runs out of memory, refuses only that file, and carries on with a fresh worker', async () => {
    const harness = setUp(48)
    const huge = paragraph.repeat(300_000)
    await expect(harness.service.import(fileOf('huge.txt', huge), {})).rejects.toMatchObject({
      code: 'import.tooDemanding',
    })
    expect(harness.counts()).toEqual({ documents: 0, revisions: 0 })
    const { document } = await harness.service.import(fileOf('small.txt', paragraph), {})
    expect(document.title).toBe('small')
  })

  it('parses pasted text in the worker like a file: a paste too big for it is refused, the app carries on', async () => {
    const harness = setUp(48)
    await expect(harness.service.importText(paragraph.repeat(300_000), {})).rejects.toMatchObject({
      code: 'import.tooDemanding',
    })
    expect(harness.counts()).toEqual({ documents: 0, revisions: 0 })
    const { document } = await harness.service.importText(`Tiêu đề\n\n${paragraph}`, {})
    expect(document.format).toBe('paste')
    expect(harness.service.open(document.id).revision.text).toBe(`Tiêu đề\n${paragraph.trim()}`)
  })

  it('kills a worker that takes too long and refuses the file', async () => {
    const harness = setUp(undefined, 1)
    await expect(harness.service.import(fileOf('slow.txt', paragraph.repeat(20_000)), {})).rejects.toMatchObject({
      code: 'import.tooDemanding',
    })
    expect(harness.counts()).toEqual({ documents: 0, revisions: 0 })
  })
})
