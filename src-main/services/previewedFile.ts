import { createHash, randomUUID } from 'node:crypto'
import type { ImportFile } from '../common/api/documentsApi'

/**
 * The file the import preview last parsed, kept until the user presses Import, so that the same bytes (same name,
 * same encoding choice) are stored without being parsed a second time: for a 7 MB text that parse is seconds in the
 * import worker on a loaded machine, which the user has just waited for once in the preview. One file is kept; it
 * is given back once. It is found again by the random id the preview answered with (the window then need not send
 * megabytes of bytes a second time), or by its bytes, compared by SHA-256, never trusted by name.
 */
export class PreviewedFile<Prepared> {
  private kept: { id: string; key: string; prepared: Prepared } | null = null

  /** Keep what the preview made of `file`, replacing any earlier one; returns the id it can be taken by. */
  keep(file: ImportFile, prepared: Prepared): string {
    const id = randomUUID()
    this.kept = { id, key: keyOf(file), prepared }
    return id
  }

  /** What the preview made of exactly this file, or null; either way nothing stays kept. */
  take(file: ImportFile): Prepared | null {
    const kept = this.kept
    this.kept = null
    return kept && kept.key === keyOf(file) ? kept.prepared : null
  }

  /** What the preview answered with `id` made, or null; it stays kept until `release(id)`. */
  findById(id: string): Prepared | null {
    return this.kept?.id === id ? this.kept.prepared : null
  }

  /** Forget the file kept under `id` (it was stored); another id changes nothing. */
  release(id: string): void {
    if (this.kept?.id === id) this.kept = null
  }
}

function keyOf(file: ImportFile): string {
  return createHash('sha256')
    .update(file.bytes)
    .update(`\0${file.name}\0${file.encoding ?? ''}`, 'utf8')
    .digest('hex')
}
