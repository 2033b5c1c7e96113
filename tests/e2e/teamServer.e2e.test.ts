import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { watchPageHealth } from '../support/chromium'
import { openApp } from '../support/readerPage'
import { createColleague } from '../support/teamHarness'
import { startTeamServer } from '../support/teamServer'

const session = useBrowserSession('marginalia-team-server-e2e')

describe('the team server in Settings', () => {
  it('refuses a plain http address off this machine, then syncs with the loopback server and says so', async () => {
    const server = await startTeamServer()
    try {
      await server.createDatabase('delegation')
      const libraryPath = path.join(session.temp.path, 'lan.sqlite3')
      const lan = await createColleague('Lan', libraryPath)
      const documentId = await lan.importDraft()
      await lan.highlight(documentId, 'nuclear safety')
      await lan.api['team.setShared'](documentId, true)
      await lan.remove()

      session.host = await startBrowserHost(libraryPath)
      const page = await session.browser.newPage()
      const health = watchPageHealth(page)
      await openApp(page, session.host.url)
      await page.getByRole('button', { name: 'Settings' }).click()
      const form = page.getByRole('form', { name: 'Team server (CouchDB)' })
      await form.getByRole('status').filter({ hasText: 'No team server' }).waitFor()
      await form.getByLabel('Server address (https://…)').fill('http://couch.example.org')
      await form.getByLabel('Team database').fill('delegation')
      await form.getByLabel('User name').fill(server.credentials.user)
      await form.getByLabel('Password').fill(server.credentials.password)
      await form.getByRole('button', { name: 'Connect and sync now' }).click()
      await form.getByRole('alert').filter({ hasText: 'must start with https://' }).waitFor()

      await form.getByLabel('Server address (https://…)').fill(server.address)
      await form.getByRole('button', { name: 'Connect and sync now' }).click()
      await form.getByRole('status').filter({ hasText: 'Synced just now.' }).waitFor()
      expect(await server.documentCount('delegation')).toBeGreaterThanOrEqual(2)
      expect(health.problems).toEqual([])
    } finally {
      await server.close()
    }
  })
})
