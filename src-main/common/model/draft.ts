import type { DocumentSummary } from './document'

/**
 * How an annotation came onto the newest draft from the draft before it:
 * - `exact`: the passage is unchanged (its paragraph may carry a new number);
 * - `moved`: the passage is unchanged but its paragraph moved elsewhere in the document;
 * - `reworded`: the passage was edited; the annotation sits on the edited text, with a confidence;
 * - `orphaned`: the passage is gone, or more than one place fits it about equally (see `candidates`).
 */
export const carryOverClasses = ['exact', 'moved', 'reworded', 'orphaned'] as const
export type CarryOverClass = (typeof carryOverClasses)[number]

/** A place in the newest draft that could hold an orphaned annotation; the user picks one (or none). */
export type PlacementCandidate = {
  start: number
  end: number
  /** The text at [start, end) of the newest draft. */
  exact: string
  paragraphLabel: string | null
  /** 0–1, how well the place fits the old passage and its context. */
  score: number
}

/**
 * What the newest draft import did to one annotation. Present on every annotation made on an earlier draft;
 * null on one made on the newest draft itself.
 */
export type CarryOver = {
  class: CarryOverClass
  /** The draft it was carried from (N) and onto (N+1). */
  fromDraft: number
  toDraft: number
  /** 0–1: 1 for exact and moved; the alignment's confidence for reworded; 0 for orphaned. */
  confidence: number
  /** The text the annotation marked in draft N, and its paragraph label there ("¶12, was ¶11"). */
  previousExact: string
  previousParagraphLabel: string | null
  /** Places that fit an orphan about equally (never chosen for the user); empty otherwise. */
  candidates: PlacementCandidate[]
  /**
   * The passage changed in a later draft than the one the user last looked at it in: the earliest such draft and
   * the text then. Stays until acknowledged (resolving the thread does not clear it); null when nothing changed.
   */
  changedSince: { draft: number; exact: string } | null
  /**
   * True once the user placed it by hand after the import (re-attached an orphan, or moved a reworded one): `class`
   * then compares the chosen text with `previousExact` (`moved` when identical, `reworded` otherwise), `confidence`
   * is 1 and `candidates` is empty, so it no longer counts or shows as orphaned. Absent means false.
   */
  reattached?: boolean
}

/** One draft (revision) of a document, as the draft switcher lists it. */
export type DraftSummary = {
  revisionId: string
  number: number
  sourceName: string
  createdAt: string
  blockCount: number
  characterCount: number
  /** Whether an import report exists for this draft (every draft after the first). */
  hasReport: boolean
}

/** One annotation's line in a draft report. */
export type DraftReportItem = {
  annotationId: string
  class: CarryOverClass
  confidence: number
  oldExact: string
  oldParagraphLabel: string | null
  /** Where it sits in the new draft; null for an orphan. */
  newExact: string | null
  newParagraphLabel: string | null
  newStart: number | null
  newEnd: number | null
  candidates: PlacementCandidate[]
  /** True when the user has since placed it by hand (see CarryOver.reattached); the class is then theirs. */
  reattached?: boolean
}

/** What importing draft N+1 did: stored with the draft so that the report can be reopened later. */
export type DraftReport = {
  documentId: string
  title: string
  revisionId: string
  fromDraft: number
  toDraft: number
  createdAt: string
  counts: Record<CarryOverClass, number>
  /** How the paragraphs changed between the two drafts. */
  paragraphs: {
    unchanged: number
    renumbered: number
    changed: number
    moved: number
    inserted: number
    deleted: number
  }
  /** Every annotation that was carried over, in the new draft's reading order (orphans last). */
  items: DraftReportItem[]
  warnings: { code: string; params?: Record<string, string | number> }[]
}

/** An imported file that looks like a later draft of a document already in the library. */
export type DraftCandidate = {
  document: DocumentSummary
  /** The number the new draft would get (N+1). */
  nextDraft: number
  /** Share (0–1) of the file's paragraphs found in the document's newest draft. */
  sharedParagraphs: number
}

/** A piece of a compared paragraph: kept, inserted (only in the newer draft) or deleted (only in the older). */
export type CompareSegment = { op: 'equal' | 'insert' | 'delete'; text: string }

/** One paragraph of the compare view, with its number in both drafts. */
export type ComparedParagraph = {
  kind: 'unchanged' | 'changed' | 'inserted' | 'deleted' | 'moved' | 'movedChanged'
  /** Block index and citable label in the older draft (null when inserted, or when the block has no label). */
  oldIndex: number | null
  oldLabel: string | null
  /** Which paragraph under its label it is (2 for the first unnumbered one after "11."), or null (paragraphCitation). */
  oldOrdinal: number | null
  /** Block index and citable label in the newer draft (null when deleted, or when the block has no label). */
  newIndex: number | null
  newLabel: string | null
  newOrdinal: number | null
  /** The paragraph is a heading: one without a number is cited by its own words. */
  heading: boolean
  segments: CompareSegment[]
}

/** The whole document between two drafts, in the newer draft's order (deleted paragraphs where they were). */
export type DraftComparison = {
  documentId: string
  fromDraft: number
  toDraft: number
  paragraphs: ComparedParagraph[]
  /** Indexes into `paragraphs` of those that are not unchanged, for jumping between changes. */
  changes: number[]
}
