import { newId, nowIso } from '../common/model/ids'
import type { Block } from '../common/model/document'
import { canonicalText } from '../common/text/canonicalText'
import type { TeamRepository } from '../db/repositories/teamRepository'
import type { DraftBody } from '../team/records'
import { draftHash } from './teamRecordMapping'

/** A draft record that arrived: the hash of its text and its body. */
export type ArrivedDraft = { hash: string; body: DraftBody }

/**
 * Drafts among colleagues are matched by their text, not by id: the same draft imported separately is the same
 * draft. A colleague's drafts this library lacks are added; a document nobody here has is created from them.
 */
export class TeamDrafts {
  constructor(private readonly team: TeamRepository) {}

  /** The library's document holding one of these drafts (by the hash of its text), or null. */
  findDocument(hashes: string[]): string | null {
    for (const hash of hashes) {
      const match = this.team.draftsWithHash(hash).find((draft) => draftHash(draft.text) === hash)
      if (match) return match.document_id
    }
    if (hashes.length === 0) return null
    const wanted = new Set(hashes)
    return this.team.allDrafts().find((draft) => wanted.has(draftHash(draft.text)))?.document_id ?? null
  }

  /** Create a shared document from a colleague's drafts (in the caller's transaction). */
  createDocument(documentId: string, drafts: ArrivedDraft[]): void {
    const ordered = [...drafts].sort((a, b) => a.body.number - b.body.number)
    const first = ordered[0]
    if (!first) return
    const text = canonicalText(first.body.blocks as Block[])
    this.team.insertDocument({
      id: documentId,
      title: first.body.title || 'Untitled',
      sizeBytes: new TextEncoder().encode(text).length,
      contentHash: first.hash,
      createdAt: nowIso(),
    })
    this.addMissing(documentId, ordered)
  }

  /** Add the drafts this document lacks after its newest one, in the colleague's order (in the caller's transaction). */
  addMissing(documentId: string, drafts: ArrivedDraft[]): void {
    const present = new Set(this.team.drafts(documentId).map((draft) => draftHash(draft.text)))
    for (const draft of [...drafts].sort((a, b) => a.body.number - b.body.number)) {
      if (present.has(draft.hash)) continue
      const blocks = draft.body.blocks as Block[]
      const text = canonicalText(blocks)
      // A draft whose text does not give its hash was altered on the way: it is not the draft it claims to be.
      if (draftHash(text) !== draft.hash) continue
      this.team.appendDraft(documentId, { id: newId(), blocks, text, contentHash: draft.hash, createdAt: nowIso() })
      present.add(draft.hash)
    }
  }
}
