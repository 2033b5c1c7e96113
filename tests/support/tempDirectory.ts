import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh folder under the system's temp folder; call the returned function to remove it. */
export function makeTempDirectory(label = 'marginalia-test'): { path: string; remove: () => void } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`))
  return { path: directory, remove: () => fs.rmSync(directory, { recursive: true, force: true }) }
}
