import { z } from 'zod'
import type { TeamIdentity, TeamMergeReport } from '../model/team'
import type { TeamServerSettings, TeamSyncStatus } from '../model/teamServer'
import type { ArgSchemas } from './callMap'

/** A `.marginalia` file as it crosses the boundary: its name and bytes. */
export type TeamBundleFile = { name: string; bytes: Uint8Array }

export type TeamApi = {
  /** Share a document with colleagues, or stop sharing it. Nothing is shared by default. */
  'team.setShared': (documentId: string, shared: boolean) => void
  /** Keep an annotation on this machine only (it never goes into a file or to a server), or share it again. */
  'team.setPrivate': (annotationId: string, isPrivate: boolean) => void
  /** The `.marginalia` file of a document for colleagues (sharing the document if it was not yet). */
  'team.exportBundle': (documentId: string) => TeamBundleFile
  /** Merge a colleague's `.marginalia` file; returns what arrived, per colleague. */
  'team.importBundle': (file: TeamBundleFile) => TeamMergeReport
  /** Settle an annotation's conflict by keeping one of its versions (`rev`, as listed in its `conflict`). */
  'team.resolveConflict': (annotationId: string, rev: string) => void
  /** The team's CouchDB server as configured (address, database, user; never the password), or null. */
  'team.serverSettings': () => TeamServerSettings | null
  /** Set the team's server (https:// except on this machine), or forget it with null. */
  'team.configureServer': (server: (TeamServerSettings & { password: string }) | null) => TeamSyncStatus
  /** Sync shared documents with the server now; the status says how it went. */
  'team.syncNow': () => TeamSyncStatus
  /** "synced 2 min ago", "offline, N changes waiting", or the error to fix. */
  'team.syncStatus': () => TeamSyncStatus
  /** This library's user as colleagues see them (stable author id and display name): the panel marks "you". */
  'team.identity': () => TeamIdentity
}

const id = z.string().uuid()

export const teamArgs: ArgSchemas<TeamApi> = {
  'team.setShared': z.tuple([id, z.boolean()]),
  'team.setPrivate': z.tuple([id, z.boolean()]),
  'team.exportBundle': z.tuple([id]),
  'team.importBundle': z.tuple([
    z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict(),
  ]),
  'team.resolveConflict': z.tuple([id, z.string().regex(/^[1-9][0-9]{0,8}-[0-9a-f]{1,64}$/)]),
  'team.serverSettings': z.tuple([]),
  'team.configureServer': z.tuple([
    z
      .object({
        address: z.string().min(1).max(2000),
        database: z.string().min(1).max(238),
        user: z.string().max(200),
        password: z.string().max(1000),
      })
      .strict()
      .nullable(),
  ]),
  'team.syncNow': z.tuple([]),
  'team.syncStatus': z.tuple([]),
  'team.identity': z.tuple([]),
}

export type TeamEvents = {
  /** A sync ended (or the server changed): the new status. */
  'team.didSync': TeamSyncStatus
}
