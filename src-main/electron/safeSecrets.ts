import fs from 'node:fs'
import path from 'node:path'
import { safeStorage } from 'electron'
import type { SecretStore } from '../services/teamSync'

/**
 * The team server's password, encrypted with Electron's `safeStorage` (the system keychain, DPAPI or the Secret
 * Service) in a file of its own beside the library: never in the database, its backups or a log. Where the system
 * offers no encryption the password is kept in memory only, for this run.
 */
export function safeStorageSecrets(directory: string): SecretStore {
  const file = path.join(directory, 'team-server.secret')
  let unencrypted: string | null = null
  return {
    read() {
      if (!safeStorage.isEncryptionAvailable()) return unencrypted
      try {
        return safeStorage.decryptString(fs.readFileSync(file))
      } catch {
        return null
      }
    },
    write(secret) {
      if (!safeStorage.isEncryptionAvailable()) {
        unencrypted = secret
        return
      }
      if (secret === null) fs.rmSync(file, { force: true })
      else fs.writeFileSync(file, safeStorage.encryptString(secret), { mode: 0o600 })
    },
  }
}
