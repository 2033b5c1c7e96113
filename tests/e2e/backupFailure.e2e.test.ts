import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { useBrowserSession } from '../support/browserSession'

const session = useBrowserSession('marginalia-e2e-backup-failure')

describe('a backup that cannot be written', () => {
  it('is shown in the window, not only written to a log', async () => {
    // Something that is not a folder where the backups go: the start-up backup cannot be written.
    fs.writeFileSync(path.join(session.temp.path, 'backups'), 'not a folder')
    session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
    const page = await session.browser.newPage()
    await page.goto(session.host.url)
    await page.getByRole('alert').filter({ hasText: 'The backup could not be written to' }).waitFor()
  })
})
