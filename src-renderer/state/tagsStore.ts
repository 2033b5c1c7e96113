import type { TagWithUsage } from '@common/api/tagsApi'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'

/** Every tag with its usage count, for autocomplete and the tag manager. */
export const tagsStore = createStore<TagWithUsage[]>([])

let following = false

/** Load the tags and follow changes. */
export async function loadTags(): Promise<void> {
  if (!following) {
    following = true
    onMainEvent('tags.didChange', () => void loadTags())
  }
  tagsStore.set(await api['tags.list']())
}
