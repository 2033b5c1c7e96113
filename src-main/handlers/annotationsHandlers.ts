import type { AnnotationsApi } from '../common/api/annotationsApi'
import type { Handlers } from '../common/api/callMap'
import type { TagsApi } from '../common/api/tagsApi'
import type { AnnotationsService } from '../services/annotationsService'
import type { DraftsService } from '../services/draftsService'
import type { TagsService } from '../services/tagsService'
import type { TeamService } from '../services/teamService'

/** annotations.* calls. */
export function createAnnotationsHandlers(
  annotations: AnnotationsService,
  drafts: DraftsService,
  team: TeamService,
): Handlers<AnnotationsApi> {
  return {
    'annotations.list': (documentId) => team.withConflicts(documentId, annotations.list(documentId)),
    'annotations.create': (draft) => annotations.create(draft),
    'annotations.setColor': (id, color) => annotations.setColor(id, color),
    'annotations.setTags': (id, names) => annotations.setTags(id, names),
    'annotations.setResolved': (id, resolved) => annotations.setResolved(id, resolved),
    'annotations.reattach': (id, start, end) => annotations.reattach(id, start, end),
    'annotations.acknowledgeChange': (id) => drafts.acknowledgeChange(id),
    'annotations.detach': (id, previous) => drafts.detach(id, previous),
    'annotations.delete': (id) => annotations.delete(id),
    'annotations.restore': (snapshot) => annotations.restore(snapshot),
    'annotations.addComment': (id, body, parentId) => annotations.addComment(id, body, parentId),
    'annotations.editComment': (commentId, body) => annotations.editComment(commentId, body),
    'annotations.deleteComment': (commentId) => annotations.deleteComment(commentId),
    'annotations.restoreComments': (comments) => annotations.restoreComments(comments),
  }
}

/** tags.* calls. */
export function createTagsHandlers(tags: TagsService): Handlers<TagsApi> {
  return {
    'tags.list': () => tags.list(),
    'tags.rename': (id, name) => tags.rename(id, name),
    'tags.merge': (sourceId, targetId) => tags.merge(sourceId, targetId),
    'tags.setColor': (id, color) => tags.setColor(id, color),
    'tags.delete': (id) => tags.delete(id),
  }
}
