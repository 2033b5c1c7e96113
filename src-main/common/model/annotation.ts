import type { CarryOver } from './draft'
import type { AnnotationConflict } from './team'

/**
 * Highlight colours. Each has a name (shown in the panel and read by screen readers) so that colour is never the
 * only way to tell them apart. Keys 1–6 pick them in this order.
 */
export const annotationColors = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const
export type AnnotationColor = (typeof annotationColors)[number]

/**
 * Where an annotation sits, in the W3C Web Annotation selector shapes, over the canonical text of its revision.
 * `start`/`end` count UTF-16 code units (what the DOM and JavaScript strings count); exports convert to code points.
 */
export type TextTarget = {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

/** Whether the annotation's target was found in the current text when it was last checked. */
export type AnchorStatus = 'anchored' | 'orphaned'

export type Tag = {
  id: string
  /** As the user typed it, NFC. Tags compare case-insensitively; '/' separates levels ("Energy/Nuclear"). */
  name: string
  color: string | null
}

/** A comment on an annotation (parentId null) or a reply in its thread (parentId = the comment it answers). */
export type Comment = {
  id: string
  annotationId: string
  parentId: string | null
  author: string
  /** Plain text with light Markdown; rendered safely, never as HTML. */
  body: string
  createdAt: string
  updatedAt: string
  /** The author's stable id among colleagues; absent for this library's own user (as on an annotation). */
  authorId?: string
}

export type Annotation = {
  id: string
  documentId: string
  revisionId: string
  color: AnnotationColor
  target: TextTarget
  /** The citable number of the paragraph the annotation starts in ("9", "12(b)", "Điều 3"), when there is one. */
  paragraphLabel: string | null
  author: string
  createdAt: string
  updatedAt: string
  /** Set when the thread was resolved; null while open. */
  resolvedAt: string | null
  anchorStatus: AnchorStatus
  /** How the newest draft import carried this annotation over; null when it was made on the newest draft. */
  carryOver: CarryOver | null
  tags: Tag[]
  /** The comment and its replies, oldest first. */
  comments: Comment[]
  /** Kept on this machine only: never in a `.marginalia` file or on a server. Absent means shared. */
  private?: boolean
  /** The author's stable id among colleagues; absent or null for this library's own user. */
  authorId?: string | null
  /** Present while colleagues' versions disagree: every version, to keep one ("Keep this one"). */
  conflict?: AnnotationConflict
  /**
   * When the most recent merge from colleagues (sync or file) brought this annotation, or a change to it, its tags
   * or its thread; absent when that merge brought nothing of it ("New since my last sync").
   */
  arrivedAt?: string
}
