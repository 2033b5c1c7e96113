/**
 * The installers electron-builder makes flip Electron's fuses so that a shipped Marginalia cannot be turned into a
 * general Node runtime (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect) or made to load code from outside its
 * signed archive. Packaging cannot run here; the configuration it reads is checked instead.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

const packageJson = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>
  build: { asar?: boolean; electronFuses?: Record<string, boolean> }
}
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version: string }>
}
const builderSchema = JSON.parse(fs.readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
}

describe('packaging', () => {
  it('turns off every way to run the shipped binary as Node or attach a debugger', () => {
    expect(packageJson.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    })
  })

  it('loads the app only from its archive, checks that archive, and encrypts cookies', () => {
    expect(packageJson.build.asar).not.toBe(false)
    expect(packageJson.build.electronFuses).toMatchObject({
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('names only fuses electron-builder knows (a misspelt fuse would be silently ignored)', () => {
    const known = Object.keys(builderSchema.definitions.FuseOptionsV1.properties)
    for (const name of Object.keys(packageJson.build.electronFuses ?? {})) expect(known).toContain(name)
  })

  it('pins Electron 45 to the exact version the lock file holds', () => {
    const pinned = packageJson.devDependencies.electron
    expect(pinned).toMatch(/^45\.\d+\.\d+$/)
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned)
  })
})
