import type { TeamServerSettings, TeamSyncStatus } from '@common/model/teamServer'
import { api, onMainEvent } from '../api/client'

/** "Keep this one": settle a conflict on the version `rev`; colleagues get the choice with the next exchange. */
export async function keepConflictVersion(annotationId: string, rev: string): Promise<void> {
  await api['team.resolveConflict'](annotationId, rev)
}

/** Keep an annotation on this computer only, or let it be shared again. */
export async function setAnnotationPrivate(annotationId: string, isPrivate: boolean): Promise<void> {
  await api['team.setPrivate'](annotationId, isPrivate)
}

/** The team server as set (without its password), or null when there is none. */
export function teamServerSettings(): Promise<TeamServerSettings | null> {
  return api['team.serverSettings']()
}

/** How the last sync went. */
export function teamSyncStatus(): Promise<TeamSyncStatus> {
  return api['team.syncStatus']()
}

/** Call `listener` with each new sync status; returns the function that stops it. */
export function followTeamSync(listener: (status: TeamSyncStatus) => void): () => void {
  return onMainEvent('team.didSync', listener)
}

/** Save the team server's settings and sync at once: the status says how it went. */
export async function saveTeamServerAndSync(
  server: TeamServerSettings & { password: string },
): Promise<TeamSyncStatus> {
  await api['team.configureServer'](server)
  return api['team.syncNow']()
}
