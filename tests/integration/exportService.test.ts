import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportRequest } from '../../src-main/common/api/exportApi'
import { AnnotationsRepository } from '../../src-main/db/repositories/annotationsRepository'
import { DocumentsRepository } from '../../src-main/db/repositories/documentsRepository'
import { RevisionsRepository } from '../../src-main/db/repositories/revisionsRepository'
import { SettingsRepository } from '../../src-main/db/repositories/settingsRepository'
import { EventBus } from '../../src-main/services/eventBus'
import { type ChooseSavePath, ExportService } from '../../src-main/services/exportService'
import { SettingsService } from '../../src-main/services/settingsService'
import { transactionOn } from '../../src-main/services/transaction'
import { annotatedJointStatement, statementSources, fontsDirectory } from '../support/exportFixture'
import { seedAnnotatedDocument } from '../support/seedAnnotatedDocument'
import { createTempDatabase } from '../support/tempDatabase'

for (const source of statementSources) {
  describe.skipIf(!source.available)(`ExportService with the ${source.name}`, () => {
    let database: ReturnType<typeof createTempDatabase>
    let events: EventBus
    let progress: number[]
    const fixture = source.available ? annotatedJointStatement(source.text()) : null!

    beforeEach(() => {
      database = createTempDatabase()
      seedAnnotatedDocument(database.db, fixture)
      events = new EventBus()
      progress = []
      events.subscribe((name, payload) => {
        if (name === 'export.didProgress') progress.push((payload as { fraction: number }).fraction)
      })
    })
    afterEach(() => database.remove())

    function service(chooseSavePath?: ChooseSavePath): ExportService {
      return new ExportService({
        documents: new DocumentsRepository(database.db),
        revisions: new RevisionsRepository(database.db),
        annotations: new AnnotationsRepository(database.db),
        settings: new SettingsService(new SettingsRepository(database.db), events, transactionOn(database.db)),
        events,
        fontsDirectory,
        chooseSavePath,
      })
    }

    function request(overrides: Partial<ExportRequest> = {}): ExportRequest {
      return {
        jobId: globalThis.crypto.randomUUID(),
        format: 'briefingPdf',
        source: { kind: 'document', documentId: fixture.document.id },
        filter: {},
        briefing: { layout: 'fullText', notes: 'margin', paper: 'A4' },
        language: 'en',
        ...overrides,
      }
    }

    const filesIn = (directory: string): string[] => fs.readdirSync(directory)

    it('saves to the chosen path through a temporary file, reporting progress up to 1', async () => {
      const target = path.join(database.directory, 'briefing.pdf')
      const result = await service(async () => target).run(request())
      expect(result).toEqual({ status: 'saved', fileName: 'Tuyên bố chung Việt Nam – Liên bang Nga.pdf', path: target })
      expect(fs.readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-')
      expect(filesIn(database.directory).filter((name) => name.endsWith('.part'))).toEqual([])
      expect(progress.at(-1)).toBe(1)
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
    })

    it('returns the bytes for a download when there is no save dialog (browser host)', async () => {
      const result = await service().run(request({ format: 'csv' }))
      expect(result.status).toBe('download')
      if (result.status !== 'download') return
      expect(result.mimeType).toBe('text/csv')
      expect(new TextDecoder().decode(result.bytes)).toContain('Конвенция ООН')
    })

    it('leaves nothing behind when cancelled midway', async () => {
      const target = path.join(database.directory, 'cancelled.pdf')
      const exports = service(async () => target)
      const job = request()
      const stop = events.subscribe((name) => {
        if (name === 'export.didProgress') exports.cancel(job.jobId)
      })
      const result = await exports.run(job)
      stop()
      expect(result).toEqual({ status: 'cancelled' })
      expect(fs.existsSync(target)).toBe(false)
      expect(filesIn(database.directory).filter((name) => name.includes('cancelled'))).toEqual([])
    })

    it('says clearly when the target cannot be written, and leaves no partial file', async () => {
      const target = path.join(database.directory, 'no-such-folder', 'briefing.docx')
      await expect(service(async () => target).run(request({ format: 'docx' }))).rejects.toMatchObject({
        code: 'export.cannotWrite',
        params: { path: target, reason: 'ENOENT' },
      })
      expect(filesIn(database.directory).filter((name) => name.endsWith('.part'))).toEqual([])
    })

    it('does nothing when the save dialog is cancelled', async () => {
      expect(await service(async () => null).run(request())).toEqual({ status: 'cancelled' })
    })

    it('collects every passage with a tag across documents, filtered', async () => {
      const exports = service()
      const input = exports.gather(
        request({ source: { kind: 'tag', tagName: 'năng lượng' }, filter: { colors: ['yellow', 'orange'] } }),
      )
      expect(input.title).toBe('Tag: năng lượng')
      expect(input.sections).toHaveLength(1)
      expect(input.sections[0]!.annotations.map((annotation) => annotation.color)).toEqual(['yellow', 'orange'])
      await expect(exports.run(request({ source: { kind: 'tag', tagName: 'không có' } }))).rejects.toMatchObject({
        code: 'export.nothingTagged',
      })
    })
  })
}
