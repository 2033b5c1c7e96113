import { AppError } from '../common/api/appError'
import type { TagWithUsage } from '../common/api/tagsApi'
import type { Tag } from '../common/model/annotation'
import { newId, nowIso } from '../common/model/ids'
import { normalizeTagName, tagNameKey } from '../common/model/tagName'
import type { AnnotationsRepository } from '../db/repositories/annotationsRepository'
import type { TagsRepository } from '../db/repositories/tagsRepository'
import type { EventBus } from './eventBus'
import type { Transaction } from './transaction'

/** The tag manager: tags are shared by every document, compared case-insensitively, and stored NFC. */
export class TagsService {
  constructor(
    private readonly tags: TagsRepository,
    private readonly annotations: AnnotationsRepository,
    private readonly events: EventBus,
    private readonly transaction: Transaction,
  ) {}

  list(): TagWithUsage[] {
    return this.tags.listWithUsage()
  }

  /** The tags for these names, creating the missing ones. Call inside the caller's transaction. */
  resolveNames(names: readonly string[]): Tag[] {
    const found = new Map<string, Tag>()
    const created: string[] = []
    for (const raw of names) {
      const name = normalizeTagName(raw)
      if (!name) continue
      const key = tagNameKey(name)
      if (found.has(key)) continue
      let tag = this.tags.findByKey(key)
      if (!tag) {
        tag = { id: newId(), name, color: null }
        this.tags.insert(tag, key, nowIso())
        created.push(tag.id)
      }
      found.set(key, tag)
    }
    if (created.length > 0) this.events.emit('tags.didChange', { tagIds: created })
    return [...found.values()]
  }

  rename(tagId: string, rawName: string): TagWithUsage {
    const name = normalizeTagName(rawName)
    if (!name) throw new AppError('tags.emptyName', 'A tag needs a name.')
    return this.changeTag(tagId, () => {
      const other = this.tags.findByKey(tagNameKey(name))
      if (other && other.id !== tagId) {
        throw new AppError('tags.nameTaken', `A tag named '${other.name}' already exists.`, { name: other.name })
      }
      this.tags.rename(tagId, name, tagNameKey(name))
    })
  }

  merge(sourceId: string, targetId: string): TagWithUsage {
    if (sourceId === targetId) return this.require(targetId)
    this.require(sourceId)
    const affected = this.annotations.withTag(sourceId)
    const merged = this.changeTag(targetId, () => this.tags.merge(sourceId, targetId), [sourceId])
    this.announceAnnotations(affected)
    return merged
  }

  setColor(tagId: string, color: string | null): TagWithUsage {
    return this.changeTag(tagId, () => this.tags.setColor(tagId, color))
  }

  /** Delete a tag; returns how many annotations carried it. */
  delete(tagId: string): number {
    const tag = this.require(tagId)
    const affected = this.annotations.withTag(tagId)
    this.transaction(() => this.tags.delete(tagId))
    this.events.emit('tags.didChange', { tagIds: [tagId] })
    this.announceAnnotations(affected)
    return tag.usage
  }

  private changeTag(tagId: string, change: () => void, alsoChanged: string[] = []): TagWithUsage {
    this.require(tagId)
    const affected = this.annotations.withTag(tagId)
    this.transaction(change)
    this.events.emit('tags.didChange', { tagIds: [tagId, ...alsoChanged] })
    this.announceAnnotations(affected)
    return this.require(tagId)
  }

  private require(tagId: string): TagWithUsage {
    const tag = this.tags.get(tagId)
    if (!tag) throw new AppError('tags.notFound', 'This tag no longer exists.')
    return tag
  }

  private announceAnnotations(affected: { id: string; documentId: string }[]): void {
    const byDocument = new Map<string, string[]>()
    for (const { id, documentId } of affected) byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), id])
    for (const [documentId, annotationIds] of byDocument) {
      this.events.emit('annotations.didChange', { documentId, annotationIds })
    }
  }
}
