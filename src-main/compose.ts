import { openStore, type Store, type StoreOptions } from './db/openStore'
import { AnnotationsRepository } from './db/repositories/annotationsRepository'
import { DocumentsRepository } from './db/repositories/documentsRepository'
import { DraftsRepository } from './db/repositories/draftsRepository'
import { RevisionsRepository } from './db/repositories/revisionsRepository'
import { SettingsRepository } from './db/repositories/settingsRepository'
import { CommentsRepository } from './db/repositories/commentsRepository'
import { TagsRepository } from './db/repositories/tagsRepository'
import { AnnotationsService } from './services/annotationsService'
import { TagsService } from './services/tagsService'
import { SearchIndexRepository } from './db/repositories/searchIndexRepository'
import { SearchRepository } from './db/repositories/searchRepository'
import type { MainApiHandlers } from './common/api/contract'
import { AppService } from './services/appService'
import { DocumentsService } from './services/documentsService'
import { DraftCandidates } from './services/draftCandidates'
import { DraftsService } from './services/draftsService'
import { EventBus } from './services/eventBus'
import { IncomingAnnotationsWriter } from './services/incomingAnnotations'
import { ExchangeService } from './services/exchangeService'
import { type ChooseSavePath, ExportService } from './services/exportService'
import { findFontsDirectory } from './exporters/briefing/fonts'
import { SettingsService } from './services/settingsService'
import { SearchService } from './services/searchService'
import { SearchTextQueueRepository } from './db/repositories/searchTextQueueRepository'
import { eventsThatQueueText, SearchTextIndexer } from './services/searchTextIndexer'
import { StudyService } from './services/studyService'
import { StudyRepository } from './db/repositories/studyRepository'
import { TeamRepository } from './db/repositories/teamRepository'
import { TeamSyncRepository } from './db/repositories/teamSyncRepository'
import { TeamService } from './services/teamService'
import { memorySecrets, TeamSync, type SecretStore } from './services/teamSync'
import { createMainApiHandlers, type Services } from './handlers'
import { acknowledgingWrites } from './handlers/acknowledgingWrites'
import { BackupSchedule } from './services/backupSchedule'
import { LeftoverEraser } from './services/leftoverEraser'
import { transactionOn } from './services/transaction'
import { BackupService } from './services/backupService'
import { ErasureRepository } from './db/repositories/erasureRepository'
import type { ImportRunner } from './importers/importRunner'
import { IsolatedImportRunner } from './importers/isolatedRunner'
import { childProcessLauncher } from './importers/childProcessWorker'
import welcomeMarkdown from '../resources/welcome/welcome.md?raw'

/** Everything the app is, apart from how it is shown: shared by the Electron entry and the browser host. */
export type ComposedApp = {
  store: Store
  events: EventBus
  services: Services
  /** Indexes long texts for search after their import; `whenIdle()` tells when search finds all of them. */
  textIndexer: SearchTextIndexer
  handlers: MainApiHandlers
  /** Stop timers, take a last backup, close the database cleanly. */
  shutdown(): Promise<void>
}

export type ComposeOptions = StoreOptions & {
  host: 'electron' | 'browser'
  version: string
  /** Where untrusted files are parsed (the Electron entry passes one built on utilityProcess). */
  importRunner?: ImportRunner
  /** The desktop shell's save dialog; without it exports come back as bytes for a download (browser host). */
  chooseSavePath?: ChooseSavePath
  /** Where the bundled fonts are; found beside the built code when not given. */
  fontsDirectory?: string
  /** Where the team server's password is kept (Electron's safeStorage); in memory only when not given. */
  secrets?: SecretStore
  /** How often shared documents sync while a team server is configured. */
  syncIntervalMs?: number
}

/** Open the database and wire repositories into services and services into the handler map. */
export function composeApp(options: ComposeOptions): ComposedApp {
  const store = openStore(options)
  const events = new EventBus()
  // Services own transactions; repositories never open one.
  const transaction = transactionOn(store.db)
  const erasure = new ErasureRepository(store.db)
  // Erasure runs on a timer, outside any call: it acknowledges its own writes, so the next save is counted apart.
  const eraser = new LeftoverEraser({
    eraseLeftovers: () => {
      erasure.eraseLeftovers()
      store.writes.acknowledge()
    },
  })
  const settingsRepository = new SettingsRepository(store.db)
  const settings = new SettingsService(settingsRepository, events, transaction)
  const annotationsRepository = new AnnotationsRepository(store.db)
  const tags = new TagsService(new TagsRepository(store.db), annotationsRepository, events, transaction)
  const search = new SearchService(
    new SearchRepository(store.db),
    new SearchIndexRepository(store.db),
    events,
    transaction,
  )
  const searchNotice = search.ensureIndex()
  if (searchNotice) store.notices.push(searchNotice)
  const textIndexer = new SearchTextIndexer(new SearchTextQueueRepository(store.db), transaction, events)
  events.subscribe((name) => {
    if (eventsThatQueueText.has(name)) textIndexer.wake()
  })
  // A long text whose indexing the last session did not finish is resumed.
  textIndexer.wake()
  const importRunner = options.importRunner ?? new IsolatedImportRunner(childProcessLauncher())
  const documentsRepository = new DocumentsRepository(store.db)
  const revisions = new RevisionsRepository(store.db)
  const draftsRepository = new DraftsRepository(store.db)
  const draftCandidates = new DraftCandidates(draftsRepository, documentsRepository)
  const commentsRepository = new CommentsRepository(store.db)
  const documents = new DocumentsService({
    documents: documentsRepository,
    revisions,
    transaction,
    events,
    incoming: new IncomingAnnotationsWriter(annotationsRepository, commentsRepository),
    runner: importRunner,
    welcomeSource: () => ({ name: 'welcome.md', bytes: new TextEncoder().encode(welcomeMarkdown) }),
    erasure: eraser,
    findDraftCandidate: (blocks) => draftCandidates.find(blocks),
  })
  const drafts = new DraftsService({
    documents: documentsRepository,
    revisions,
    annotations: annotationsRepository,
    drafts: draftsRepository,
    transaction,
    events,
    prepareFile: (file, options) => documents.prepareFile(file, options),
  })
  // Deletes can be undone until the app next starts; then the trash is emptied for good.
  documents.purgeTrash()
  eraser.flush()
  store.writes.acknowledge()
  const teamRepository = new TeamRepository(store.db)
  const team = new TeamService({
    team: teamRepository,
    settings: settingsRepository,
    authorName: () => settings.get().authorName,
    events,
    eraser,
    transaction,
  })
  const services: Services = {
    app: new AppService({
      version: options.version,
      host: options.host,
      databasePath: store.path,
      notices: store.notices,
    }),
    backups: new BackupService(store, eraser, () => documents.purgeTrash()),
    settings,
    documents,
    drafts,
    annotations: new AnnotationsService(
      annotationsRepository,
      commentsRepository,
      revisions,
      tags,
      settings,
      events,
      transaction,
      eraser,
    ),
    tags,
    search,
    exports: new ExportService({
      documents: documentsRepository,
      revisions,
      annotations: annotationsRepository,
      settings,
      events,
      fontsDirectory: options.fontsDirectory ?? findFontsDirectory(import.meta.dirname, process.resourcesPath),
      chooseSavePath: options.chooseSavePath,
    }),
    exchange: new ExchangeService({
      annotations: annotationsRepository,
      comments: new CommentsRepository(store.db),
      documents: documentsRepository,
      revisions,
      tags,
      events,
      transaction,
    }),
    study: new StudyService(new StudyRepository(store.db), annotationsRepository, revisions, events, transaction),
    team,
    teamSync: new TeamSync({
      team,
      repository: teamRepository,
      syncState: new TeamSyncRepository(store.db),
      settings: settingsRepository,
      secrets: options.secrets ?? memorySecrets(),
      events,
      intervalMs: options.syncIntervalMs,
    }),
  }
  services.teamSync.start()
  const backups = new BackupSchedule(store, {
    beforeBackup: () => eraser.flush(),
    onFailure: (notice) => {
      // Kept with the start-up notices too, so a window that opens after the failure still shows it.
      store.notices.push(notice)
      events.emit('app.didRaiseNotice', notice)
    },
  })
  backups.start()
  return {
    store,
    events,
    services,
    textIndexer,
    handlers: acknowledgingWrites(createMainApiHandlers(services), () => store.writes.acknowledge()),
    async shutdown() {
      // Deleted text is scrubbed before the last backup copies the file.
      eraser.flush()
      textIndexer.stop()
      services.teamSync.stop()
      await backups.stop()
      importRunner.dispose()
      store.close()
    },
  }
}
