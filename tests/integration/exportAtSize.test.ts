import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportRequest, ExportResult } from '../../src-main/common/api/exportApi'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { ExportService } from '../../src-main/services/exportService'
import { SettingsService } from '../../src-main/services/settingsService'
import { transactionOn } from '../../src-main/services/transaction'
import { fontsDirectory } from '../support/exportFixture'
import { largeAnnotatedDocument } from '../support/largeBriefingFixture'
import { seedAnnotatedDocument } from '../support/seedAnnotatedDocument'
import { createTempDatabase } from '../support/tempDatabase'

/**
 * Cancelling the briefing of a large document (1 MB, 5,000 annotations: about half a minute of work on a busy
 * machine): the export stops at once, wherever it is, and leaves neither the PDF nor its temporary file.
 */
describe('Cancelling a briefing of a large document', () => {
  let database: ReturnType<typeof createTempDatabase>
  let events: EventBus
  const fixture = largeAnnotatedDocument(1024 * 1024, 5_000)

  beforeAll(() => {
    database = createTempDatabase()
    seedAnnotatedDocument(database.db, fixture)
    events = new EventBus()
  }, 120_000)
  afterAll(() => database.remove())

  function exportsTo(target: string): ExportService {
    return new ExportService({
      documents: new DocumentsRepository(database.db),
      revisions: new RevisionsRepository(database.db),
      annotations: new AnnotationsRepository(database.db),
      settings: new SettingsService(new SettingsRepository(database.db), events, transactionOn(database.db)),
      events,
      fontsDirectory,
      chooseSavePath: async () => target,
    })
  }

  const request = (): ExportRequest => ({
    jobId: globalThis.crypto.randomUUID(),
    format: 'briefingPdf',
    source: { kind: 'document', documentId: fixture.document.id },
    filter: {},
    briefing: { layout: 'fullText', notes: 'margin', paper: 'A4' },
    language: 'vi',
  })

  /** Run an export and cancel it at the first progress event `cancelWhen` accepts; the fractions seen, in order. */
  async function cancelledExport(
    target: string,
    cancelWhen: (fraction: number) => boolean,
  ): Promise<{ result: ExportResult; fractions: number[]; cancelledAt: number }> {
    const exports = exportsTo(target)
    const job = request()
    const fractions: number[] = []
    let cancelledAt = Number.NaN
    const stop = events.subscribe((name, payload) => {
      if (name !== 'export.didProgress') return
      const { jobId, fraction } = payload as { jobId: string; fraction: number }
      if (jobId !== job.jobId) return
      fractions.push(fraction)
      if (Number.isNaN(cancelledAt) && cancelWhen(fraction)) {
        cancelledAt = fraction
        exports.cancel(job.jobId)
      }
    })
    try {
      return { result: await exports.run(job), fractions, cancelledAt }
    } finally {
      stop()
    }
  }

  /** Files in the library folder that belong to the export: the PDF or its temporary `.part`. */
  const leftovers = (name: string): string[] => fs.readdirSync(database.directory).filter((file) => file.includes(name))

  it('stops while laying out the text as soon as it is cancelled, leaving no file and no temporary file', async () => {
    const target = path.join(database.directory, 'large-briefing.pdf')
    // Cancelled as soon as the text's layout shows progress (below 0.85, the index's share begins).
    const { result, fractions, cancelledAt } = await cancelledExport(target, (fraction) => fraction > 0)
    expect(result).toEqual({ status: 'cancelled' })
    expect(cancelledAt).toBeGreaterThan(0)
    expect(cancelledAt).toBeLessThan(0.85)
    // Nothing moved after the cancel: the layout stopped at its next pause.
    expect(fractions.at(-1)).toBe(cancelledAt)
    expect(fs.existsSync(target)).toBe(false)
    expect(leftovers('large-briefing')).toEqual([])
  }, 60_000)

  // The whole text is laid out first: the slowest test here, and the only check that the index can be cancelled.
  it('stops in the index by tag too, after the text is laid out', async () => {
    const target = path.join(database.directory, 'index-briefing.pdf')
    const { result, fractions, cancelledAt } = await cancelledExport(target, (fraction) => fraction > 0.85)
    expect(result).toEqual({ status: 'cancelled' })
    expect(cancelledAt).toBeGreaterThan(0.85)
    expect(cancelledAt).toBeLessThan(0.95)
    expect(fractions.at(-1)).toBe(cancelledAt)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(leftovers('index-briefing')).toEqual([])
  }, 300_000)
})
