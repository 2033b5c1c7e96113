import { createHash } from 'node:crypto'
import type { ImportFile } from '../common/api/documentsApi'

/**
 * The file the import preview last parsed, kept until the user presses Import, so that the same bytes (same name,
 * same encoding choice) are stored without being parsed a second time: for a 7 MB text that parse is seconds in the
 * import worker on a loaded machine, which the user has just waited for once in the preview. One file is kept; it
 * is given back once. The bytes are compared by SHA-256, never trusted by name.
 */
export class PreviewedFile<Prepared> {
  private kept: { key: string; prepared: Prepared } | null = null

  /** Keep what the preview made of `file`, replacing any earlier one. */
  keep(file: ImportFile, prepared: Prepared): void {
    this.kept = { key: keyOf(file), prepared }
  }

  /** What the preview made of exactly this file, or null; either way nothing stays kept. */
  take(file: ImportFile): Prepared | null {
    const kept = this.kept
    this.kept = null
    return kept && kept.key === keyOf(file) ? kept.prepared : null
  }
}

function keyOf(file: ImportFile): string {
  return createHash('sha256')
    .update(file.bytes)
    .update(`\0${file.name}\0${file.encoding ?? ''}`, 'utf8')
    .digest('hex')
}
