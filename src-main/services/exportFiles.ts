import fs from 'node:fs/promises'
import path from 'node:path'
import { AppError } from '../common/api/appError'

/** A file name from a title: characters no file system accepts become '-', and the length is kept sane. */
export function exportFileName(title: string, extension: string): string {
  const base = [...title.normalize('NFC')]
    .map((character) => (character < ' ' ? '-' : character))
    .join('')
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
  return `${base || 'export'}.${extension}`
}

/**
 * Write `bytes` to `target` without ever leaving a half-written file there: write a temporary file beside it
 * (same folder, so the rename cannot cross file systems), flush it to disk, then rename it over the target.
 * On failure the temporary file is removed and the user gets `export.cannotWrite` with the path.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.part`)
  try {
    const handle = await fs.open(temporary, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown'
    throw new AppError('export.cannotWrite', `The file could not be written to ${target} (${reason}).`, {
      path: target,
      reason,
    })
  }
}
