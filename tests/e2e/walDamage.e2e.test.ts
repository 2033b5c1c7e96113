import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'

const session = useBrowserSession('marginalia-e2e-wal')

describe('saves lost with a damaged WAL', () => {
  it('are announced in the window with how many and where the copy of the files is', async () => {
    const databasePath = path.join(session.temp.path, 'library.sqlite3')
    session.host = await startBrowserHost(databasePath)
    for (const name of ['Nguyễn Thị Minh', 'Trần Văn Nam', 'Lê Thu Hà']) {
      await callHost(session.host, 'settings.update', { authorName: name })
    }
    // The app is killed, then something deletes its -wal (a sync tool, a clean-up) before the next start.
    await session.host.kill()
    for (const extra of ['-wal', '-shm']) fs.rmSync(databasePath + extra, { force: true })

    session.host = await startBrowserHost(databasePath)
    const page = await session.browser.newPage()
    await page.goto(session.host.url)
    const notice = page.getByRole('alert').filter({ hasText: 'Saved changes are missing from your library' })
    await notice.waitFor()
    const text = (await notice.textContent()) ?? ''
    expect(Number(/changes missing: (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(3)
    const copy = /kept at (\S+?\.damaged-[\dT-]+Z)/.exec(text)?.[1]
    expect(copy && fs.existsSync(copy), text).toBe(true)
  })
})
