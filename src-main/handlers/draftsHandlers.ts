import type { Handlers } from '../common/api/callMap'
import type { DraftsApi } from '../common/api/draftsApi'
import { notBuiltYet } from './notBuiltYet'

/** drafts.* calls. */
export function createDraftsHandlers(): Handlers<DraftsApi> {
  return {
    'drafts.list': () => notBuiltYet(),
    'drafts.open': () => notBuiltYet(),
    'drafts.report': () => notBuiltYet(),
    'drafts.compare': () => notBuiltYet(),
    'drafts.undoImport': () => notBuiltYet(),
  }
}
