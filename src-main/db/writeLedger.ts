import fs from 'node:fs'
import type { Connection } from './connection'
import { dataTables } from './dataTables'

/** The library's save count and which library it belongs to, as kept in the file and in the marker beside it. */
export type WriteCount = { libraryId: string; count: number }

/** The marker file that keeps the save count outside the library and its WAL. */
export function writeCountMarkerPath(libraryPath: string): string {
  return `${libraryPath}.writecount`
}

/** The save count inside the library, or null for a library without one (before migration 8, or unreadable). */
export function readWriteCount(db: Connection): WriteCount | null {
  try {
    const row = db.prepare(`SELECT library_id AS libraryId, count FROM write_count WHERE id = 1`).get() as
      WriteCount | undefined
    return row ?? null
  } catch {
    return null
  }
}

/** The save count last acknowledged, from the marker; null when there is none or it cannot be read. */
export function readWriteCountMarker(markerPath: string): WriteCount | null {
  try {
    const value = JSON.parse(fs.readFileSync(markerPath, 'utf8')) as Partial<WriteCount>
    return typeof value.libraryId === 'string' && Number.isSafeInteger(value.count)
      ? { libraryId: value.libraryId, count: value.count as number }
      : null
  } catch {
    return null
  }
}

/**
 * How many acknowledged saves the library no longer holds: the marker says more were made than the file counts.
 * A file with no count at all while a marker exists lost everything since its creation (a new library's schema
 * lives in the WAL until the first checkpoint). Zero when the marker belongs to another library (one put in this
 * one's place) or there is no marker.
 */
export function missingWrites(inFile: WriteCount | null, marker: WriteCount | null): number {
  if (!marker) return 0
  if (!inFile) return marker.count
  if (inFile.libraryId !== marker.libraryId) return 0
  return Math.max(0, marker.count - inFile.count)
}

/**
 * Counts saves and records the count outside the WAL after each acknowledged call. A temporary trigger on every data
 * table (installed per connection, so a table added by a later migration is counted too, and other tools that open
 * the file are not affected) bumps `write_count` once between two acknowledgements, inside the saving transaction.
 * `acknowledge` runs before an answer leaves main: it reads the committed count and writes the marker. The marker is
 * never ahead of a commit, so a start that finds it ahead of the file has found acknowledged saves missing.
 */
export class WriteLedger {
  private countedSinceAcknowledged = false
  private recorded: WriteCount | null = null

  constructor(
    private readonly db: Connection,
    private readonly markerPath: string,
  ) {}

  /** Install the counting triggers and record the count as it is now. */
  install(): void {
    this.db.function('marginalia_count_write', { deterministic: false }, () => {
      if (this.countedSinceAcknowledged) return 0
      this.countedSinceAcknowledged = true
      return 1
    })
    for (const table of dataTables(this.db)) {
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const trigger = `write_count_${table}_${event.toLowerCase()}`
        this.db.exec(
          `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger} AFTER ${event} ON main.${table}
           WHEN marginalia_count_write() BEGIN UPDATE write_count SET count = count + 1 WHERE id = 1; END`,
        )
      }
    }
    this.acknowledge()
  }

  /** Record the committed count in the marker (only when it changed: one small file write per saving call). */
  acknowledge(): void {
    this.countedSinceAcknowledged = false
    if (!this.db.open || this.db.inTransaction) return
    const current = readWriteCount(this.db)
    if (!current) return
    if (this.recorded?.count === current.count && this.recorded.libraryId === current.libraryId) return
    try {
      writeMarker(this.markerPath, current)
      this.recorded = current
    } catch (error) {
      // The save itself is committed: a marker that cannot be written must not turn it into a failure.
      console.error('[marginalia] the save count could not be written beside the library:', error)
    }
  }
}

/** The marker's size: the count, padded with spaces (which JSON ignores), always fills exactly this many bytes. */
const markerBytes = 128

/**
 * Overwrite the marker in place with one positioned write of a fixed-size record, never truncating it first: a kill
 * cannot split a write this small (the kernel copies it within one page), so the marker is always the previous
 * count or the new one, never empty (an unreadable marker would hide every loss it was there to reveal). Half the
 * cost of writing a new file and renaming it over the old one, which a save pays each time.
 */
function writeMarker(markerPath: string, count: WriteCount): void {
  const record = Buffer.alloc(markerBytes, ' ')
  const json = JSON.stringify(count)
  if (Buffer.byteLength(json) > markerBytes) throw new Error(`save count record longer than ${markerBytes} bytes`)
  record.write(json, 0, 'utf8')
  const descriptor = fs.openSync(markerPath, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o600)
  try {
    fs.writeSync(descriptor, record, 0, markerBytes, 0)
  } finally {
    fs.closeSync(descriptor)
  }
}
