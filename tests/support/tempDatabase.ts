import path from 'node:path'
import { openStore, type Store } from '../../src-main/db/openStore'
import { makeTempDirectory } from './tempDirectory'

/** A real library file with real migrations in a fresh temp folder; `remove()` closes and deletes it. */
export function createTempDatabase(): Store & { directory: string; remove: () => void } {
  const temp = makeTempDirectory('marginalia-db')
  const store = openStore({ path: path.join(temp.path, 'library.sqlite3') })
  return {
    ...store,
    directory: temp.path,
    remove: () => {
      store.close()
      temp.remove()
    },
  }
}
