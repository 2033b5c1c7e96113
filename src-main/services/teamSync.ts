import PouchDB from 'pouchdb'
import { AppError } from '../common/api/appError'
import { nowIso } from '../common/model/ids'
import type { TeamServerSettings, TeamSyncStatus } from '../common/model/teamServer'
import type { SettingsRepository } from '../db/repositories/settingsRepository'
import type { TeamRepository } from '../db/repositories/teamRepository'
import { isOffline, openRemote, syncError } from '../team/remote'
import { Replica } from '../team/replica'
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

/**
 * Sync of shared documents with the team's CouchDB through PouchDB's replicator: local edits are captured, the
 * server's records are pulled and merged exactly as a `.marginalia` file is, then everything is pushed. Runs every
 * `intervalMs` while a server is configured; with none, nothing here ever opens a connection.
 */
export class TeamSync {
  private current: TeamSyncStatus = { state: 'off' }
  private timer: ReturnType<typeof setInterval> | null = null
  private running: Promise<TeamSyncStatus> | null = null

  constructor(
    private readonly deps: {
      team: TeamService
      repository: TeamRepository
      settings: SettingsRepository
      secrets: SecretStore
      events: EventBus
      intervalMs?: number
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
    const replica = await Replica.open(await this.deps.team.sharedLeaves())
    try {
      const pulled = await PouchDB.replicate(remote, replica.db, { batch_size: 500 })
      // Nothing new from the server: what is here already holds every local edit, so it goes as it is.
      if (pulled.docs_written > 0) {
        await this.deps.team.mergeFromServer(await replica.states())
        await replica.merge(await this.deps.team.sharedLeaves())
      }
      await PouchDB.replicate(replica.db, remote, { batch_size: 500 })
      this.deps.repository.markAllPushed()
      return this.setStatus({ state: 'synced', at: nowIso(), waiting: 0 })
    } catch (error) {
      const failure = error instanceof AppError ? error : syncError(error)
      const waiting = this.deps.repository.waitingRecords()
      const since = this.current.state === 'synced' ? this.current.at : null
      return this.setStatus(
        isOffline(failure) ? { state: 'offline', waiting, since } : { state: 'failed', code: failure.code, waiting },
      )
    } finally {
      await replica.close()
      await remote.close()
    }
  }

  private setStatus(status: TeamSyncStatus): TeamSyncStatus {
    this.current = status
    this.deps.events.emit('team.didSync', status)
    return status
  }
}
