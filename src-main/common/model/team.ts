/**
 * Team work: what colleagues exchange (by `.marginalia` file or through CouchDB) and what a merge reports.
 * Records are CouchDB documents; their revision trees and conflict winners are PouchDB's.
 */

/** One version of an annotation in conflict: what each side made of it (or that one side deleted it). */
export type ConflictVersion = {
  /** The leaf revision id; "Keep this one" names it. */
  rev: string
  deleted: boolean
  /** Who made this version (display name), when known. */
  by: string
  color: string | null
  exact: string | null
  resolvedAt: string | null
  updatedAt: string | null
  /** Whether this is the version the library currently shows (CouchDB's deterministic winner). */
  winner: boolean
}

/** An annotation edited on two sides (or edited on one and deleted on the other): every version is kept. */
export type AnnotationConflict = { versions: ConflictVersion[] }

/** What one colleague's changes did in a merge. */
export type ColleagueReport = {
  authorId: string
  name: string
  new: number
  changed: number
  deleted: number
  conflicts: number
}

/** The outcome of importing a `.marginalia` file (or of a sync). */
export type TeamMergeReport = {
  documentId: string
  documentTitle: string
  /** True when the document was not in the library and was created from the file. */
  documentCreated: boolean
  colleagues: ColleagueReport[]
  totals: { new: number; changed: number; deleted: number; conflicts: number }
}

/** Who this library's user is to colleagues: a stable id and the display name from settings. */
export type TeamIdentity = { authorId: string; name: string }
