import { z } from 'zod'
import type { Tag } from '../model/annotation'
import type { ArgSchemas } from './callMap'

/** A tag with how many annotations carry it. */
export type TagWithUsage = Tag & { usage: number }

export type TagsApi = {
  /** Every tag with its usage count, by name. */
  'tags.list': () => TagWithUsage[]
  /** Rename a tag everywhere it is used. Refused when another tag already has that name (merge instead). */
  'tags.rename': (tagId: string, name: string) => TagWithUsage
  /** Move every use of `sourceId` to `targetId` and remove the source. */
  'tags.merge': (sourceId: string, targetId: string) => TagWithUsage
  /** Give a tag a colour (#rrggbb), or null to take it away. */
  'tags.setColor': (tagId: string, color: string | null) => TagWithUsage
  /** Delete a tag from every annotation; returns how many annotations lost it. */
  'tags.delete': (tagId: string) => number
}

const id = z.string().uuid()

export const tagsArgs: ArgSchemas<TagsApi> = {
  'tags.list': z.tuple([]),
  'tags.rename': z.tuple([id, z.string().min(1).max(200)]),
  'tags.merge': z.tuple([id, id]),
  'tags.setColor': z.tuple([
    id,
    z
      .string()
      .regex(/^#[0-9a-f]{6}$/i)
      .nullable(),
  ]),
  'tags.delete': z.tuple([id]),
}

export type TagsEvents = {
  /** Tags were created, renamed, merged, recoloured or deleted. */
  'tags.didChange': { tagIds: string[] }
}
