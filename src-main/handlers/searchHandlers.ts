import type { Handlers } from '../common/api/callMap'
import type { SearchApi } from '../common/api/searchApi'
import type { SearchService } from '../services/searchService'

/** search.* calls. */
export function createSearchHandlers(search: SearchService): Handlers<SearchApi> {
  return {
    'search.query': (request) => search.query(request),
    'search.tagCollection': (tagId) => search.tagCollection(tagId),
    'search.listFacets': () => search.facets(),
    'search.rebuildIndex': () => search.rebuildIndex(),
  }
}
