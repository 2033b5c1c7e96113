import fs from 'node:fs'
import path from 'node:path'
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

const session = useBrowserSession('marginalia-drafts-e2e')

/** Draft 1 of a joint statement. */
const firstDraft = [
  '1. Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.',
  '2. Hai bên nhất trí thành lập Ủy ban liên Chính phủ về năng lượng.',
  '3. Các bên trao đổi về an ninh thông tin quốc tế và phòng chống tội phạm mạng.',
  '4. Hai bên hoan nghênh kết quả chuyến thăm chính thức.',
]
/** Draft 2: ¶2 reworded, ¶3 deleted (its annotation has nowhere to go), ¶4 renumbered, a new ¶4 at the end. */
const secondDraft = [
  firstDraft[0]!,
  '2. Hai bên nhất trí thành lập Ủy ban hỗn hợp về năng lượng tái tạo.',
  '3. Hai bên hoan nghênh kết quả chuyến thăm chính thức.',
  '4. Hai bên giao cho các bộ ngành nghiên cứu cơ chế phối hợp mới.',
]

describe('drafts through the UI', () => {
  it('imports draft 2 from the library menu, reports, re-attaches, marks changes, compares, shows draft 1 and undoes', async () => {
    const { page, health } = await openFirstDraft(session, firstDraft, 'tuyen-bo-chung.txt')
    await highlight(page, { startsWith: '2. ', quote: 'Ủy ban liên Chính phủ về năng lượng' }, 'green')
    await highlight(page, { startsWith: '3. ', quote: 'an ninh thông tin quốc tế' }, 'yellow')
    await highlight(page, { startsWith: '4. ', quote: 'kết quả chuyến thăm' }, 'blue')

    // Import new draft… from the library item's context menu: file picker, then the preview in "draft of" mode.
    const library = page.getByRole('navigation', { name: 'Library' })
    await library.getByRole('button', { name: 'tuyen-bo-chung', exact: true }).click({ button: 'right' })
    await page
      .getByRole('menu', { name: 'Actions for tuyen-bo-chung' })
      .getByRole('menuitem', { name: 'Import new draft…' })
      .click()
    await acceptDraftPreview(page, draftFile('tuyen-bo-chung-2.txt', secondDraft), 2)
    expect(await readerBlockTexts(page, 4)).toEqual(secondDraft)

    // The report: counts per class, then the reworded and the unplaced annotation with old and new text.
    const report = draftReport(page, 2)
    const counts = await reportCounts(page, 2)
    expect(counts.Unchanged! + counts.Moved!).toBe(1)
    expect(counts.Reworded).toBe(1)
    expect(counts['Not placed']).toBe(1)
    const items = report.getByRole('list', { name: 'Reworded and unplaced annotations' })
    const reworded = items.locator('li', { hasText: 'Reworded' })
    await expect(reworded.locator('q').textContent()).resolves.toBe('Ủy ban liên Chính phủ về năng lượng')
    await expect(reworded.locator('del').first().textContent()).resolves.toContain('liên Chính phủ')
    await expect(reworded.locator('ins').first().textContent()).resolves.toContain('hỗn hợp')
    const orphan = items.locator('li', { hasText: 'Not placed' })
    await expect(orphan.locator('q').first().textContent()).resolves.toBe('an ninh thông tin quốc tế')

    // Re-attach the orphan by hand: the report closes and the reader waits for the new passage.
    await orphan.getByRole('button', { name: 'Re-attach “an ninh thông tin quốc tế” by hand' }).click()
    await report.waitFor({ state: 'hidden' })
    const attention = page.getByRole('region', { name: 'Needs attention (1)' })
    await attention.getByText('Last seen in draft 1, ¶3').waitFor()
    await attention.getByRole('status').filter({ hasText: 'Select the new passage in the text' }).waitFor()
    await selectPassage(page, { startsWith: '4. ', quote: 'cơ chế phối hợp mới' })
    await page
      .getByRole('toolbar', { name: 'Annotate the selection' })
      .getByRole('button', { name: 'Attach here' })
      .click()
    await attention.waitFor({ state: 'detached' })
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-yellow')?.size ?? 0) > 0)
    expect((await paintedQuotes(page)).yellow).toEqual(['cơ chế phối hợp mới'])

    // "Changed since draft 1": badge, redline and a marker in the text for the reworded passage and for the
    // orphan (now on new text); the filter lists them; marking one as seen clears its badge and marker only.
    const cards = page.getByRole('region', { name: 'Annotations in reading order' })
    const changed = cards.locator('article', { hasText: 'Changed since draft 1' })
    const greenCard = cards.locator('article.card--green')
    await expect.poll(() => changed.count()).toBe(2)
    await expect(greenCard.locator('del').textContent()).resolves.toContain('liên Chính phủ')
    await expect(greenCard.locator('ins').first().textContent()).resolves.toContain('hỗn hợp')
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-changed')?.size ?? 0) === 2)
    const filter = page.getByRole('checkbox', { name: 'Changed since draft 1 (2)' })
    await filter.check()
    await expect.poll(() => cards.locator('article').count()).toBe(2)
    await expect(cards.locator('article.card--blue').count()).resolves.toBe(0)
    await filter.uncheck()
    await greenCard.getByRole('button', { name: /^Mark the change of/ }).click()
    await expect.poll(() => changed.count()).toBe(1)
    await expect(greenCard.textContent()).resolves.not.toContain('Changed since')
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-changed')?.size ?? 0) === 1)

    // Compare drafts: changes marked in words, numbers in both drafts, N jumps between changes.
    await page.getByRole('group', { name: 'Drafts' }).getByRole('button', { name: 'Compare drafts' }).click()
    const compare = page.getByRole('dialog', { name: /^Compare drafts of/ })
    const list = compare.getByRole('region', { name: 'Paragraphs of draft 1 compared with draft 2' })
    await list.locator('.compare-row--deleted').first().waitFor()
    await expect(list.locator('.compare-row--deleted').first().textContent()).resolves.toContain('an ninh thông tin')
    await expect(list.locator('del').first().textContent()).resolves.toBeTruthy()
    await list.press('n')
    await compare
      .getByRole('status')
      .filter({ hasText: /^Change 1 of \d+$/ })
      .waitFor()
    await list.press('n')
    await compare
      .getByRole('status')
      .filter({ hasText: /^Change 2 of \d+$/ })
      .waitFor()
    await compare.getByRole('button', { name: 'Close' }).click()
    await compare.waitFor({ state: 'hidden' })

    // Draft 1, read-only, with its annotations where they were then; then back to the newest.
    await page.getByRole('combobox', { name: 'Draft' }).selectOption({ label: 'Draft 1' })
    await page.getByRole('status').filter({ hasText: 'Draft 1 of 2 — read only' }).waitFor()
    expect(await readerBlockTexts(page, 4)).toEqual(firstDraft)
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-green')?.size ?? 0) > 0)
    expect((await paintedQuotes(page)).green).toEqual(['Ủy ban liên Chính phủ về năng lượng'])
    await page.getByRole('button', { name: 'Back to the newest draft' }).click()
    expect(await readerBlockTexts(page, 4)).toEqual(secondDraft)

    // Undo "Import new draft": draft 1 is the newest again, and every annotation is back where it was.
    await page.getByRole('region', { name: /^Text of / }).focus()
    // The last two actions: the re-attach, then the import.
    await page.keyboard.press('Control+z')
    await page.getByText('Undone: re-attach').waitFor()
    await page.keyboard.press('Control+z')
    await page.getByText('Undone: import of a new draft').waitFor()
    expect(await readerBlockTexts(page, 4)).toEqual(firstDraft)
    await expect.poll(() => page.getByRole('combobox', { name: 'Draft' }).count()).toBe(0)
    await page.waitForFunction(() => (CSS.highlights.get('marginalia-yellow')?.size ?? 0) > 0)
    expect((await paintedQuotes(page)).yellow).toEqual(['an ninh thông tin quốc tế'])
    expect(health.problems).toEqual([])
  })

  it('offers "Import as draft 2" in the ordinary import preview, and Ctrl+Shift+D opens the draft picker', async () => {
    const { page, health } = await openFirstDraft(session, firstDraft, 'tuyen-bo-chung.txt')
    await highlight(page, { startsWith: '1. ', quote: 'hợp tác kinh tế' }, 'pink')

    await page.getByLabel('Files to import').setInputFiles(draftFile('tuyen-bo-chung-ban-2.txt', secondDraft))
    const preview = page.getByRole('dialog', { name: 'Import a document' })
    await preview.getByRole('button', { name: 'Import as a new document' }).waitFor()
    await preview.getByRole('button', { name: 'Import as draft 2 of “tuyen-bo-chung”' }).click()
    await preview.waitFor({ state: 'hidden' })
    await draftReport(page, 2).getByRole('button', { name: 'Close' }).click()
    expect(await readerBlockTexts(page, 4)).toEqual(secondDraft)
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('listitem').count()).resolves.toBe(1)
    expect((await paintedQuotes(page)).pink).toEqual(['hợp tác kinh tế'])

    // The keyboard shortcut opens the same picker, for draft 3 this time.
    await page.getByRole('region', { name: /^Text of / }).focus()
    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Control+Shift+D')
    await chooser
    expect(health.problems).toEqual([])
  })

  const corpusFile = path.resolve('..', 'shared', 'corpus', 'talks-report-vi.txt')
  it.skipIf(!fs.existsSync(corpusFile))(
    'carries annotations of the real talks report over to an edited draft (skipped without ../shared/corpus)',
    async () => {
      const paragraphs = fs
        .readFileSync(corpusFile, 'utf8')
        .split(/\n\s*\n/)
        .map((each) => each.trim())
        .filter(Boolean)
      const edited = [paragraphs[1]!, paragraphs[0]!, ...paragraphs.slice(3)]
      const { page } = await openFirstDraft(session, paragraphs, 'talks.txt')
      await highlight(page, { startsWith: paragraphs[0]!.slice(0, 20), quote: 'Tổng thống Putin' }, 'green')
      await highlight(page, { startsWith: paragraphs[2]!.slice(0, 20), quote: paragraphs[2]!.slice(0, 30) }, 'blue')
      await page.getByRole('group', { name: 'Drafts' }).getByRole('button', { name: 'Import new draft…' }).click()
      await acceptDraftPreview(page, draftFile('talks-2.txt', edited), 2)
      const counts = await reportCounts(page, 2)
      expect(Object.values(counts).reduce((sum, each) => sum + each, 0)).toBe(2)
      expect(counts['Not placed']).toBe(1)
    },
  )
})
