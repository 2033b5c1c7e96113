import PouchDB from 'pouchdb'
import { AppError } from '../common/api/appError'
import { newId, nowIso } from '../common/model/ids'
import type { TeamServerSettings, TeamSyncStatus } from '../common/model/teamServer'
import type { SettingsRepository } from '../db/repositories/settingsRepository'
import type { TeamRepository } from '../db/repositories/teamRepository'
import type { TeamSyncRepository } from '../db/repositories/teamSyncRepository'
import { isOffline, openRemote, syncError } from '../team/remote'
import { openPullTarget } from '../team/pullTarget'
import { readServerMark, writeServerMark } from '../team/serverMark'
import { Replica, type RecordState } from '../team/replica'
import { leavesFromRows } from './teamRecordMapping'
import { checkDatabaseName, checkServerAddress } from '../team/serverAddress'
import type { EventBus } from './eventBus'
import type { TeamService } from './teamService'

/** Where the password is kept: Electron's safeStorage in the desktop app, memory only in the browser host. */
export type SecretStore = { read(): string | null; write(secret: string | null): void }

/** A secret store that forgets everything when the process ends (the browser host, tests). */
export function memorySecrets(): SecretStore {
  let secret: string | null = null
  return { read: () => secret, write: (next) => void (secret = next) }
}

/** The settings key of the server's address, database and user (never the password). */
const serverKey = 'teamServer'

/** The settings key of this library's own id for the mark it leaves on the server (see serverMark.ts). */
const markIdKey = 'teamSyncMarkId'

/** How many documents the replicator moves per request. */
const batchSize = 500

/** A batch the replicator finished: which way, and how many documents it has written so far in this run. */
export type SyncProgress = { direction: 'pull' | 'push'; docsWritten: number }

/** What the last sync moved: documents read from the server and documents written to it. */
export type SyncTransfer = { pulled: number; pushed: number }

/**
 * Sync of shared documents with the team's CouchDB through PouchDB's replicator: local edits are captured, the
 * server's changes since the last merged one are pulled and merged exactly as a `.marginalia` file is, then the
 * records the server lacks are pushed. The pull checkpoint and what waits for the server are kept in SQLite, so a
 * sync after a restart or an offline week moves only the changes. Runs every `intervalMs` while a server is
 * configured; with none, nothing here ever opens a connection.
 */
export class TeamSync {
  private current: TeamSyncStatus = { state: 'off' }
  private timer: ReturnType<typeof setInterval> | null = null
  private running: Promise<TeamSyncStatus> | null = null
  private transfer: SyncTransfer = { pulled: 0, pushed: 0 }

  constructor(
    private readonly deps: {
      team: TeamService
      repository: TeamRepository
      syncState: TeamSyncRepository
      settings: SettingsRepository
      secrets: SecretStore
      events: EventBus
      intervalMs?: number
      /** Told after each batch the replicator finishes. */
      onProgress?: (progress: SyncProgress) => void
    },
  ) {}

  /** The configured server (without the password), or null. */
  serverSettings(): TeamServerSettings | null {
    const stored = this.deps.settings.readAll()[serverKey] as TeamServerSettings | undefined
    return stored && typeof stored.address === 'string' ? stored : null
  }

  /** Set the team's server (checked first; a bad address changes nothing), or forget it with null. */
  configure(server: (TeamServerSettings & { password: string }) | null): TeamSyncStatus {
    if (!server) {
      this.deps.settings.writeMany({ [serverKey]: null })
      this.deps.secrets.write(null)
      this.stop()
      return this.setStatus({ state: 'off' })
    }
    const address = checkServerAddress(server.address).href.replace(/\/+$/, '')
    const database = checkDatabaseName(server.database)
    const previous = this.serverSettings()
    // Another server or database may hold none of what the last one was sent: everything waits for it.
    if (previous && serverName(previous) !== serverName({ address, database })) this.deps.syncState.markAllWaiting()
    this.deps.settings.writeMany({ [serverKey]: { address, database, user: server.user } })
    this.deps.secrets.write(server.password)
    this.start()
    return this.setStatus({ state: 'offline', waiting: this.deps.repository.waitingRecords(), since: null })
  }

  /** What the window shows. */
  status(): TeamSyncStatus {
    if (!this.serverSettings()) return { state: 'off' }
    return { ...this.current, waiting: this.deps.repository.waitingRecords() } as TeamSyncStatus
  }

  /** Sync now (one run at a time; a second call waits for the running one). Failures are in the status returned. */
  syncNow(): Promise<TeamSyncStatus> {
    this.running ??= this.run().finally(() => (this.running = null))
    return this.running
  }

  /** What the last sync moved (documents read from the server, documents written to it). */
  lastTransfer(): SyncTransfer {
    return { ...this.transfer }
  }

  /** Sync in the background while a server is configured. */
  start(): void {
    if (this.timer || !this.serverSettings()) return
    this.timer = setInterval(() => void this.syncNow(), this.deps.intervalMs ?? 60_000)
    this.timer.unref?.()
  }

  /** Stop syncing in the background (at shutdown, or when the server is forgotten). */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  private async run(): Promise<TeamSyncStatus> {
    const server = this.serverSettings()
    const password = this.deps.secrets.read()
    if (!server || password === null) throw new AppError('team.noServer', 'No team server is set up.')
    const origin = new URL(server.address).origin
    const remote = openRemote({
      origin,
      databaseUrl: `${server.address}/${server.database}`,
      user: server.user,
      password,
    })
    try {
      const name = serverName(server)
      // Local edits first: they wait for the server even when it cannot be reached.
      await this.deps.team.captureShared()
      const marked = await this.startOverIfServerForgot(remote, name)
      this.transfer = { pulled: 0, pushed: 0 }
      // Pushed first: our own records then come back in the same run's pull (known here, so never fetched), and
      // the next sync's pull starts after them. A merge writes no new revision, so nothing waits after the pull.
      this.transfer.pushed = await this.push(remote)
      this.transfer.pulled = await this.pull(remote, name)
      const checkpoint = this.deps.syncState.pullCheckpoint(name)
      const pulledTo = checkpoint === null ? null : JSON.stringify(checkpoint)
      // A sync that moved the checkpoint (or started over) leaves the new mark; one with nothing new writes nothing.
      if (pulledTo !== null && pulledTo !== marked) await writeServerMark(remote, this.markId(), pulledTo)
      return this.setStatus({ state: 'synced', at: nowIso(), waiting: this.deps.repository.waitingRecords() })
    } catch (error) {
      const failure = error instanceof AppError ? error : syncError(error)
      const waiting = this.deps.repository.waitingRecords()
      const since = this.current.state === 'synced' ? this.current.at : null
      return this.setStatus(
        isOffline(failure) ? { state: 'offline', waiting, since } : { state: 'failed', code: failure.code, waiting },
      )
    } finally {
      await remote.close()
    }
  }

  /**
   * A database that does not carry this library's mark with the checkpoint kept here (made again, restored from a
   * backup) may lack what was sent and hold changes from before the checkpoint: pull from its start, send it all.
   */
  private async startOverIfServerForgot(remote: PouchDB, name: string): Promise<string | null> {
    const kept = this.deps.syncState.pullCheckpoint(name)
    const marked = await readServerMark(remote, this.markId())
    if (marked === (kept === null ? null : JSON.stringify(kept))) return marked
    this.deps.syncState.forgetPullCheckpoint(name)
    this.deps.syncState.markAllWaiting()
    return null
  }

  /** This library's id for its mark on the server, made once. */
  private markId(): string {
    const stored = this.deps.settings.readAll()[markIdKey]
    if (typeof stored === 'string' && stored) return stored
    const id = newId()
    this.deps.settings.writeMany({ [markIdKey]: id })
    return id
  }

  /** Pull the server's changes since the checkpoint, merge them, then move the checkpoint. Returns docs read. */
  private async pull(remote: PouchDB, server: string): Promise<number> {
    const { syncState } = this.deps
    const target = await openPullTarget((ids) =>
      syncState.histories(ids).map((row) => ({ recordId: row.record_id, history: JSON.parse(row.history) })),
    )
    try {
      const since = syncState.pullCheckpoint(server) ?? 0
      // PouchDB starts from a checkpoint on the target (ours, in memory, seeded with `since`), never the server.
      const pulled = await this.replicate(remote, target.db, 'pull', { since, checkpoint: 'target' })
      let arrived = new Map<string, RecordState>()
      if (pulled.docs_written > 0) {
        arrived = await target.states()
        await this.deps.team.mergeFromServer(arrived)
      }
      const fromServer = [...arrived.values()].flatMap((state) => state.leaves)
      // Merged first, then the checkpoint: a sync killed in between pulls the same changes again, harmlessly.
      syncState.markPushed(fromServer.map((leaf) => ({ record_id: leaf.id, rev: leaf.rev })))
      if (pulled.last_seq !== undefined) syncState.savePullCheckpoint(server, pulled.last_seq)
      return pulled.docs_read
    } finally {
      await target.close()
    }
  }

  /** Push every record the server lacks (with all its leaves); the server's revs_diff keeps what it has. */
  private async push(remote: PouchDB): Promise<number> {
    const rows = this.deps.syncState.waitingLeaves()
    if (rows.length === 0) return 0
    const source = await Replica.open(leavesFromRows(rows))
    try {
      const pushed = await this.replicate(source.db, remote, 'push', { checkpoint: false })
      this.deps.syncState.markPushed(rows)
      return pushed.docs_written
    } finally {
      await source.close()
    }
  }

  private replicate(
    source: PouchDB,
    target: PouchDB,
    direction: SyncProgress['direction'],
    options: Record<string, unknown>,
  ) {
    // The checkpoint is ours, in SQLite: the in-memory side is new each run, so PouchDB's `_local` one is not kept.
    const replication = PouchDB.replicate(source, target, { batch_size: batchSize, ...options })
    replication.on('change', (info) => {
      const { docs_written: docsWritten } = info as { docs_written: number }
      this.deps.onProgress?.({ direction, docsWritten })
    })
    return replication
  }

  private setStatus(status: TeamSyncStatus): TeamSyncStatus {
    this.current = status
    this.deps.events.emit('team.didSync', status)
    return status
  }
}

/** The key of a server's checkpoint: its address and database. */
function serverName(server: { address: string; database: string }): string {
  return `${server.address}/${server.database}`
}
