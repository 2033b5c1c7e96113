/**
 * `npm run screenshot`: the README's picture of the window, made from the real app. Starts the built browser host
 * on a temporary library, imports the joint statement from ../shared/corpus, adds a few annotations through the
 * API, opens the document in Chromium and saves resources/screenshots/window.png.
 */
import fs from 'node:fs'
import type { DocumentDetail, ImportResult } from '../src-main/common/api/documentsApi'
import path from 'node:path'
import { startBrowserHost } from '../tests/support/browserHost'
import { launchChromium } from '../tests/support/chromium'
import { makeTempDirectory } from '../tests/support/tempDirectory'

const corpusFile = path.resolve('../shared/corpus/joint-statement-vi.txt')
const output = path.resolve('resources/screenshots/window.png')

const temp = makeTempDirectory('marginalia-screenshot')
const host = await startBrowserHost(path.join(temp.path, 'library.sqlite3'))
try {
  const call = async <T = unknown>(channel: string, ...args: unknown[]): Promise<T> => {
    const response = await fetch(`${host.origin}/api/call/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    })
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`)
    return result.value as T
  }
  await call('settings.update', { authorName: 'Phạm Minh Anh' })
  const imported = await call<ImportResult>('documents.importText', fs.readFileSync(corpusFile, 'utf8'), {
    title: 'Tuyên bố chung Việt Nam – Liên bang Nga',
  })
  const documentId = imported.document.id
  const text = (await call<DocumentDetail>('documents.open', documentId)).revision.text
  const mark = async (phrase: string, color: string, tags: string[], comment?: string) => {
    const start = text.indexOf(phrase)
    if (start < 0) throw new Error(`phrase not found: ${phrase}`)
    await call('annotations.create', { documentId, start, end: start + phrase.length, color, tags, comment })
  }
  await mark(
    'Đối tác Chiến lược toàn diện',
    'yellow',
    ['quan hệ'],
    'Cách gọi chính thức — giữ nguyên trong bản tóm tắt.',
  )
  await mark(
    'tăng cường hợp tác trong lĩnh vực năng lượng',
    'green',
    ['năng lượng', 'Energy/Oil & gas'],
    'Raise at the working group.',
  )
  await mark('công nghiệp dầu khí', 'blue', ['năng lượng'])
  await mark('đường sắt', 'pink', ['giao thông'], 'Ask for the feasibility study timeline.')

  const browser = await launchChromium()
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(host.url)
  await page.getByRole('navigation', { name: 'Library' }).getByText('Tuyên bố chung', { exact: false }).first().click()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: output })
  await browser.close()
  console.log(`Saved ${path.relative(process.cwd(), output)}`)
} finally {
  await host.stop()
  temp.remove()
}
