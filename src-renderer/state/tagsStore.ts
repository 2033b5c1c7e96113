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

/** Rename a tag everywhere it is used, then show the new list. */
export async function renameTag(tagId: string, name: string): Promise<void> {
  await api['tags.rename'](tagId, name)
  await loadTags()
}

/** Delete a tag from every annotation, then show the new list. */
export async function deleteTag(tagId: string): Promise<void> {
  await api['tags.delete'](tagId)
  await loadTags()
}

/** Give a tag a colour, then show the new list. */
export async function setTagColor(tagId: string, color: string): Promise<void> {
  await api['tags.setColor'](tagId, color)
  await loadTags()
}

/** Move every use of a tag to another and remove it, then show the new list. */
export async function mergeTag(tagId: string, intoTagId: string): Promise<void> {
  await api['tags.merge'](tagId, intoTagId)
  await loadTags()
}
