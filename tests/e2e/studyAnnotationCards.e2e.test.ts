import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src-main/db/openStore'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { openApp } from '../support/readerPage'
import { seedDocument } from '../support/seedDocument'

const session = useBrowserSession('marginalia-study-cards-e2e')

const paragraphs = [
  '1. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.',
  '2. Phía Nga hoan nghênh các doanh nghiệp Việt Nam tham gia dự án khai thác khoáng sản.',
]
const text = paragraphs.join('\n')
const spanOf = (quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const

/** A library holding the test document, served by a browser host the session stops afterwards. */
async function hostWithDocument() {
  const databasePath = path.join(session.temp.path, 'library.sqlite3')
  const store = openStore({ path: databasePath })
  const { documentId } = seedDocument(store.db, paragraphs)
  store.close()
  session.host = await startBrowserHost(databasePath)
  return { documentId, host: session.host }
}

describe('study cards seen from the annotation panel', () => {
  it('offers to update the cards of a re-attached annotation, and says which cards a delete retired', async () => {
    const { documentId, host } = await hostWithDocument()
    const [start, end] = spanOf('năng lượng')
    const annotation = await callHost(host, 'annotations.create', { documentId, start, end, color: 'yellow' })
    const [card] = await callHost(host, 'study.createCards', [annotation.id], 'cloze')
    expect(card!.prompt).toContain('{{c1::năng lượng}}')
    // The passage is re-attached to other words: the card still hides the old ones.
    await callHost(host, 'annotations.reattach', annotation.id, ...spanOf('dầu khí'))

    const page = await session.browser.newPage({ viewport: { width: 1280, height: 860 } })
    const health = watchPageHealth(page)
    await openApp(page, host.url)
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Test', exact: true }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    await panel.getByRole('button', { name: /^Yellow highlight, paragraph 1: dầu khí$/ }).click()

    const offer = panel.getByRole('group', { name: 'Study cards from this annotation' })
    await offer.getByText('A study card uses the old text.').waitFor()
    await offer.getByRole('button', { name: 'Update cards' }).click()
    await offer.waitFor({ state: 'detached' })
    const [updated] = await callHost(host, 'study.cardsForAnnotation', annotation.id)
    expect(updated).toMatchObject({ id: card!.id, annotationChanged: false })
    expect(updated!.prompt).toContain('{{c1::dầu khí}}')

    // Deleting it says its card went too; Undo brings back both.
    await panel.getByRole('button', { name: 'Delete annotation' }).click()
    const status = panel.getByRole('status')
    await status.getByText('Annotation deleted. Its study card was retired.').waitFor()
    await expect(callHost(host, 'study.cardsForAnnotation', annotation.id)).resolves.toMatchObject([
      { status: 'retired' },
    ])
    await status.getByRole('button', { name: 'Undo' }).click()
    await panel.getByRole('button', { name: /^Yellow highlight, paragraph 1: dầu khí$/ }).waitFor()
    await expect(callHost(host, 'study.cardsForAnnotation', annotation.id)).resolves.toMatchObject([
      { status: 'active' },
    ])
    expect(health.problems).toEqual([])
  })

  it('offers to update a question card whose comment is edited in the panel, and to retire it when the comment goes', async () => {
    const { documentId, host } = await hostWithDocument()
    const [start, end] = spanOf('khoáng sản')
    const annotation = await callHost(host, 'annotations.create', {
      documentId,
      start,
      end,
      color: 'blue',
      comment: 'Phía Nga mời doanh nghiệp Việt Nam khai thác gì?',
    })
    const [card] = await callHost(host, 'study.createCards', [annotation.id], 'question')
    expect(card!.prompt).toBe('Phía Nga mời doanh nghiệp Việt Nam khai thác gì?')

    const page = await session.browser.newPage({ viewport: { width: 1280, height: 860 } })
    const health = watchPageHealth(page)
    await openApp(page, host.url)
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Test', exact: true }).click()
    const panel = page.getByRole('complementary', { name: 'Annotations' })
    await panel.getByRole('button', { name: /^Blue highlight, paragraph 2: khoáng sản/ }).click()
    const offer = panel.getByRole('group', { name: 'Study cards from this annotation' })

    // The student rewrites the question in the panel: the card still asks the old one, and the panel says so.
    await panel.getByRole('button', { name: 'Edit comment' }).click()
    const field = panel.getByRole('textbox', { name: 'Edit comment' })
    await field.fill('Dự án nào mở cho doanh nghiệp Việt Nam?')
    await field.press('Control+Enter')
    await panel.getByText('Dự án nào mở cho doanh nghiệp Việt Nam?').waitFor()
    await offer.getByText('A study card uses the old text.').waitFor()
    await offer.getByRole('button', { name: 'Update cards' }).click()
    await offer.waitFor({ state: 'detached' })

    // The review screen asks the new question, with the same passage as the answer.
    await page.getByRole('button', { name: 'Study (1 due)' }).click()
    const review = page.getByRole('region', { name: 'Review card' })
    await review.getByText('Dự án nào mở cho doanh nghiệp Việt Nam?').waitFor()
    await page.keyboard.press('Space')
    await review.getByText('khoáng sản').waitFor()
    await expect(review.getByText('Phía Nga mời doanh nghiệp Việt Nam khai thác gì?').count()).resolves.toBe(0)

    // Deleting the comment leaves the card nothing to ask: the panel offers to retire it, and it is no longer due.
    await page.getByRole('dialog', { name: 'Study' }).getByRole('button', { name: 'Close' }).click()
    await panel.getByRole('button', { name: 'Delete comment' }).click()
    await offer.getByText('A study card asks the comment that was deleted.').waitFor()
    await offer.getByRole('button', { name: 'Retire cards' }).click()
    await panel.getByRole('status').getByText('Study card retired.').waitFor()
    await offer.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Study', exact: true }).waitFor()
    await expect(callHost(host, 'study.cardsForAnnotation', annotation.id)).resolves.toMatchObject([
      { id: card!.id, status: 'retired' },
    ])
    expect(health.problems).toEqual([])
  })
})
