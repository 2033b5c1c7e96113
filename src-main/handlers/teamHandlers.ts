import type { Handlers } from '../common/api/callMap'
import type { TeamApi } from '../common/api/teamApi'
import type { TeamService } from '../services/teamService'
import type { TeamSync } from '../services/teamSync'

/** team.* calls. */
export function createTeamHandlers(team: TeamService, sync: TeamSync): Handlers<TeamApi> {
  return {
    'team.setShared': (documentId, shared) => team.setShared(documentId, shared),
    'team.setPrivate': (annotationId, isPrivate) => team.setPrivate(annotationId, isPrivate),
    'team.exportBundle': (documentId) => team.exportBundle(documentId),
    'team.importBundle': (file) => team.importBundle(file),
    'team.resolveConflict': (annotationId, rev) => team.resolveConflict(annotationId, rev),
    'team.serverSettings': () => sync.serverSettings(),
    'team.configureServer': (server) => sync.configure(server),
    'team.syncNow': () => sync.syncNow(),
    'team.syncStatus': () => sync.status(),
    'team.identity': () => team.identity(),
  }
}
