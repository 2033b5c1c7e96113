import { describe, expect, it } from 'vitest'
import { paintedQuotes, selectPassage } from '../support/annotationPage'
import { useBrowserSession } from '../support/browserSession'
import {
  acceptDraftPreview,
  draftFile,
  openFirstDraft,
  draftReport,
  highlight,
  reportCounts,
} from '../support/draftsPage'
import { readerBlockTexts } from '../support/readerPage'

const session = useBrowserSession('marginalia-drafts-undo-e2e')

const firstDraft = [
  '1. Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.',
  '2. Các bên trao đổi về an ninh thông tin quốc tế và phòng chống tội phạm mạng.',
  '3. Hai bên hoan nghênh kết quả chuyến thăm chính thức.',
]
/** Draft 2: ¶2 deleted (its annotation is orphaned), a new ¶3 about digital transformation. */
const secondDraft = [
  firstDraft[0]!,
  '2. Hai bên hoan nghênh kết quả chuyến thăm chính thức.',
  '3. Hai bên nhất trí thành lập Nhóm công tác chung về chuyển đổi số.',
]

describe('undo and redo around a draft import', () => {
  it('a highlight made on draft 2 survives undoing it and the import, then redoing both; undoing a re-attach orphans again', async () => {
    const { page, health } = await openFirstDraft(session, firstDraft, 'tuyen-bo.txt')
    await highlight(page, { startsWith: '2. ', quote: 'an ninh thông tin quốc tế' }, 'yellow')
    await page.getByRole('region', { name: /^Text of / }).focus()
    await page.keyboard.press('Control+Shift+D')
    await acceptDraftPreview(page, draftFile('tuyen-bo-2.txt', secondDraft), 2)
    await draftReport(page, 2).getByRole('button', { name: 'Close' }).last().click()
    await draftReport(page, 2).waitFor({ state: 'hidden' })

    // A highlight on draft 2, then Ctrl+Z twice (the highlight, then the import) and Ctrl+Shift+Z twice.
    await highlight(page, { startsWith: '3. ', quote: 'chuyển đổi số' }, 'green')
    await page.getByRole('region', { name: /^Text of / }).focus()
    await page.keyboard.press('Control+z')
    await page.getByText('Undone: highlight').waitFor()
    await page.keyboard.press('Control+z')
    await page.getByText('Undone: import of a new draft').waitFor()
    expect(await readerBlockTexts(page, 3)).toEqual(firstDraft)
    await page.keyboard.press('Control+Shift+z')
    await page.getByText('Redone: import of a new draft').waitFor()
    await page.keyboard.press('Control+Shift+z')
    await page.getByText('Redone: highlight').waitFor()
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-green')?.size ?? 0) > 0)
    expect((await paintedQuotes(page)).green).toEqual(['chuyển đổi số'])

    // Re-attach the orphan by hand: the reopened report no longer counts it as not placed.
    const attention = page.getByRole('region', { name: 'Needs attention (1)' })
    await attention.getByRole('button', { name: /^Re-attach/ }).click()
    await selectPassage(page, { startsWith: '2. ', quote: 'kết quả chuyến thăm' })
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Attach here' })
      .click()
    await attention.waitFor({ state: 'detached' })
    await page.getByRole('group', { name: 'Drafts' }).getByRole('button', { name: 'Draft report' }).click()
    const counts = await reportCounts(page, 2)
    expect(counts['Not placed']).toBe(0)
    expect(counts.Reworded).toBe(1)
    await draftReport(page, 2).getByText('placed by hand').waitFor()
    await draftReport(page, 2).getByRole('button', { name: 'Close' }).last().click()
    await draftReport(page, 2).waitFor({ state: 'hidden' })

    // Undo the re-attach: an orphan again, with where it was last seen, and no highlight on other words.
    await page.getByRole('region', { name: /^Text of / }).focus()
    await page.keyboard.press('Control+z')
    await page.getByText('Undone: re-attach').waitFor()
    await page.getByRole('region', { name: 'Needs attention (1)' }).getByText('Last seen in draft 1, ¶2').waitFor()
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-yellow')?.size ?? 0) === 0)
    expect((await paintedQuotes(page)).yellow ?? []).toEqual([])
    expect(health.problems).toEqual([])
  })
})
