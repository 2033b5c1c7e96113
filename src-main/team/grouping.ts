import type { Leaf, RecordState } from './replica'

/** The records of one document on a server that holds a whole team's documents. */
export type DocumentGroup = {
  /** The library's document already holding some of these records, when known by record id. */
  localDocumentId: string | null
  /** Hashes of the document's drafts, to find it in the library by content. */
  draftHashes: string[]
  leaves: Leaf[]
}

/**
 * Sort a server's records into documents: drafts by their `document` key, annotations by their draft, comments and
 * tags by their annotation. A deletion carries no text and so no draft: it goes with the document that already holds
 * the record here (`local.documentOfRecord`), and is left out when no document here ever had it. A sync pulls only
 * changes, so an annotation's draft or a comment's annotation is often not among them: then the document here that
 * holds that draft (`local.documentOfDraft`) or that annotation takes it.
 */
export function groupByDocument(
  states: Map<string, RecordState>,
  local: { documentOfRecord: (recordId: string) => string | null; documentOfDraft: (hash: string) => string | null },
): DocumentGroup[] {
  const documentOfDraft = new Map<string, string>()
  for (const state of states.values()) {
    if (state.id.startsWith('d:') && !state.winner.deleted) {
      documentOfDraft.set(state.id.slice(2), String(state.winner.body.document))
    }
  }
  const documentOfAnnotation = new Map<string, string>()
  for (const state of states.values()) {
    if (!state.id.startsWith('a:')) continue
    const draft = state.leaves.map((leaf) => leaf.body.draft).find((value) => typeof value === 'string')
    if (typeof draft !== 'string') continue
    const here = documentOfDraft.has(draft) ? null : local.documentOfDraft(draft)
    const key = documentOfDraft.get(draft) ?? (here ? `local:${here}` : undefined)
    if (key) documentOfAnnotation.set(state.id.slice(2), key)
  }
  const groups = new Map<string, DocumentGroup>()
  const groupFor = (key: string) => {
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { localDocumentId: null, draftHashes: [], leaves: [] }))
    return group
  }
  for (const state of states.values()) {
    const holder = local.documentOfRecord(state.id)
    let key: string | undefined
    if (state.id.startsWith('d:')) key = documentOfDraft.get(state.id.slice(2))
    else if (state.id.startsWith('a:')) key = documentOfAnnotation.get(state.id.slice(2))
    else {
      const annotation = state.leaves.map((leaf) => leaf.body.annotation).find((value) => typeof value === 'string')
      if (typeof annotation === 'string') {
        const here = documentOfAnnotation.has(annotation) ? null : local.documentOfRecord(`a:${annotation}`)
        key = documentOfAnnotation.get(annotation) ?? (here ? `local:${here}` : undefined)
      }
    }
    if (!key && holder) key = `local:${holder}`
    if (!key) continue
    const group = groupFor(key)
    if (holder) group.localDocumentId = holder
    else if (key.startsWith('local:')) group.localDocumentId = key.slice(6)
    if (state.id.startsWith('d:') && !state.winner.deleted) group.draftHashes.push(state.id.slice(2))
    group.leaves.push(...state.leaves)
  }
  return [...groups.values()]
}
