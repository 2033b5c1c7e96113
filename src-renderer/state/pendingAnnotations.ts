import type { Annotation } from '@common/model/annotation'

/**
 * Annotations the user has made whose create call has not answered yet. The panel shows them at once (so the comment
 * box can take the caret while main is still storing the highlight), under a provisional id; when main answers, the
 * stored annotation takes the provisional one's place and keeps its card (the same React key), so nothing typed is
 * lost. Actions on a provisional id wait for the stored id.
 */

const provisionalPrefix = 'pending-'
let counter = 0
/** Provisional id → the stored id, once main has answered. */
const stored = new Map<string, Promise<string>>()
/** Stored id → the provisional id it replaced: the card's key, so the card is not remounted. */
const keys = new Map<string, string>()
/** Provisional id → whether the last attempt to store it failed (it is retried). */
const unsaved = new Set<string>()

/** A fresh provisional id. */
export function provisionalId(): string {
  return `${provisionalPrefix}${++counter}`
}

/** True for an annotation shown before main stored it. */
export function isProvisional(id: string): boolean {
  return id.startsWith(provisionalPrefix)
}

/** Record the call that stores a provisional annotation; its stored id becomes an alias of the provisional one. */
export function trackCreation(provisional: string, creation: Promise<Annotation>): void {
  const id = creation.then((annotation) => {
    keys.set(annotation.id, provisional)
    unsaved.delete(provisional)
    return annotation.id
  })
  // A failed creation is reported by its caller; waiting actions see it through storedId.
  id.catch(() => undefined)
  stored.set(provisional, id)
}

/** The id main knows an annotation by: the stored id for a provisional one (waiting for it), else the id itself. */
export async function storedId(id: string): Promise<string> {
  return (await stored.get(id)) ?? id
}

/** The key a card is drawn under: the provisional id it started with, if it had one, so it stays mounted. */
export function renderKey(id: string): string {
  // The panel asks for every card's key (20,000 at size) whenever its list changes; usually nothing was aliased.
  return keys.size === 0 ? id : (keys.get(id) ?? id)
}

/** True when `a` and `b` name the same annotation (one may be the provisional id of the other). */
export function sameAnnotation(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b
  return renderKey(a) === renderKey(b)
}

/** Mark a provisional annotation as not saved yet (its create call failed and is being retried), or saved. */
export function setUnsaved(provisional: string, value: boolean): void {
  if (value) unsaved.add(provisional)
  else unsaved.delete(provisional)
}

/** True while a provisional annotation's last attempt to be stored failed. */
export function isUnsaved(id: string): boolean {
  return unsaved.has(id)
}

/** A provisional annotation as the panel shows it until main answers: the passage, colour and author. */
export function provisionalAnnotation(fields: {
  id: string
  documentId: string
  revisionId: string
  text: string
  start: number
  end: number
  color: Annotation['color']
  paragraphLabel: string | null
  author: string
}): Annotation {
  const now = new Date().toISOString()
  return {
    id: fields.id,
    documentId: fields.documentId,
    revisionId: fields.revisionId,
    color: fields.color,
    target: {
      start: fields.start,
      end: fields.end,
      exact: fields.text.slice(fields.start, fields.end),
      prefix: '',
      suffix: '',
    },
    paragraphLabel: fields.paragraphLabel,
    author: fields.author,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
    anchorStatus: 'anchored',
    carryOver: null,
    tags: [],
    comments: [],
  }
}
