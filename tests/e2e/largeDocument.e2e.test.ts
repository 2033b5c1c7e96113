import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { startBrowserHost } from '../support/browserHost'
import { watchPageHealth } from '../support/chromium'
import { useBrowserSession } from '../support/browserSession'
import { callHost } from '../support/hostApi'
import { openApp, readerText } from '../support/readerPage'
import { selectPassage } from '../support/annotationPage'
import { closingWords, largeTreatyText } from '../support/largeTreatyText'

const session = useBrowserSession('marginalia-large-e2e')
const treaty = largeTreatyText(7 * 1024 * 1024)
const lastIndex = treaty.paragraphs.length - 1
/** Where each paragraph starts in the document's canonical text (paragraphs joined by one line break). */
const starts: number[] = []
for (let index = 0, offset = 0; index < treaty.paragraphs.length; index++) {
  starts.push(offset)
  offset += treaty.paragraphs[index]!.length + 1
}

const title = 'Tuyển tập hiệp định'
const panel = (page: Page) => page.getByRole('complementary', { name: 'Annotations' })

/** How many block elements the reader has in the DOM, and whether block `index` is one of them. */
function drawn(page: Page, index = lastIndex): Promise<{ count: number; has: boolean }> {
  return page.evaluate(
    (wanted) => ({
      count: document.querySelectorAll('[data-block-index]').length,
      has: document.querySelector(`[data-block-index="${wanted}"]`) !== null,
    }),
    index,
  )
}

/** Scroll the reader to its very end, as a user dragging the scrollbar down does, until the last block shows. */
async function scrollToEnd(page: Page): Promise<void> {
  await expect
    .poll(() =>
      readerText(page).evaluate((container, wanted) => {
        container.scrollTop = container.scrollHeight
        const last = container.querySelector(`[data-block-index="${wanted}"]`)
        return !!last && last.getBoundingClientRect().top < container.getBoundingClientRect().bottom
      }, lastIndex),
    )
    .toBe(true)
}

async function scrollToStart(page: Page): Promise<void> {
  await expect
    .poll(() =>
      readerText(page).evaluate((container) => {
        container.scrollTop = 0
        return container.querySelector('[data-block-index="0"]') !== null
      }),
    )
    .toBe(true)
}

/** The text under the first range of a CSS highlight, or '' when it paints nothing. */
function highlighted(page: Page, name: string): Promise<string> {
  return page.evaluate((highlightName) => {
    const range = [...(CSS.highlights.get(highlightName) ?? [])][0] as StaticRange | undefined
    if (!range) return ''
    const live = document.createRange()
    live.setStart(range.startContainer, range.startOffset)
    live.setEnd(range.endContainer, range.endOffset)
    return live.toString()
  }, name)
}

/** The index of the paragraph at the top of the reader's view. */
function topParagraph(page: Page): Promise<number> {
  return readerText(page).evaluate((container) => {
    const top = container.getBoundingClientRect().top
    const blocks = [...container.querySelectorAll<HTMLElement>('[data-block-index]')]
    const first = blocks.find((block) => block.getBoundingClientRect().bottom > top + 1)
    return Number(first?.dataset.blockIndex ?? -1)
  })
}

/** Where main has saved the reader's place in the (only) document. */
async function savedOffset(): Promise<number> {
  const [document] = await callHost(session.host!, 'documents.list')
  return (await callHost(session.host!, 'documents.open', document!.id)).readingPosition?.offset ?? 0
}

/** The (only) document's annotations, once main has stored `count` of them. */
async function storedAnnotations(count: number) {
  const [document] = await callHost(session.host!, 'documents.list')
  const list = () => callHost(session.host!, 'annotations.list', document!.id)
  await expect.poll(async () => (await list()).length).toBe(count)
  return list()
}

/**
 * A host on a new library holding the 7 MB text (stored through main's own text import: these tests are about
 * reading it, not about the import preview), and a page with the app open on it.
 */
async function treatyInApp() {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } })
  const health = watchPageHealth(page)
  session.host = await startBrowserHost(path.join(session.temp.path, 'library.sqlite3'))
  await callHost(session.host!, 'documents.importText', treaty.text, { title, language: 'vi' })
  await openApp(page, session.host.url)
  return { page, health }
}

/** Click the text in the library and wait for its first screen. */
async function openTreaty(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: title, exact: true }).click()
  await readerText(page).locator('[data-block-index="0"]').waitFor()
}

/** Hold back the rest of the text (after the first window) until the returned function is called. */
async function holdRestOfText(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/call/documents.readerText', async (route) => {
    await released
    await route.continue()
  })
  return release
}

describe('a 7 MB treaty compilation', () => {
  it('opens, scrolls to the end, selects across far blocks, finds, reveals and reopens at the saved place', async () => {
    expect(Buffer.byteLength(treaty.text, 'utf8')).toBeGreaterThan(7_000_000)
    const { page, health } = await treatyInApp()
    await openTreaty(page)

    // Only a window of the text is in the DOM, each block with its exact text.
    const opened = await drawn(page)
    expect(opened.has).toBe(false)
    expect(opened.count).toBeLessThan(500)
    expect(treaty.paragraphs.length).toBeGreaterThan(10_000)
    await expect(readerText(page).locator('[data-block-index="1"]').textContent()).resolves.toBe(treaty.paragraphs[1])

    // To the end: the last paragraph is drawn, exactly as written, and the window stays small.
    await scrollToEnd(page)
    // The rest of the text arrives after the first screen: on a busy machine, a moment after the scroll.
    await expect
      .poll(() => readerText(page).locator(`[data-block-index="${lastIndex}"]`).textContent())
      .toBe(treaty.lastParagraph)
    expect((await drawn(page)).count).toBeLessThan(500)
    expect(await drawn(page, 1)).toMatchObject({ has: false })

    // An annotation in the last paragraph, made there.
    await selectPassage(page, { startsWith: 'Điều cuối.', quote: closingWords })
    await page.keyboard.press('3')
    const blueCard = panel(page).getByRole('button', { name: /^Blue highlight/ })
    await blueCard.waitFor()

    // A selection from thirty paragraphs before the end (well out of the window there) to the last one: start it,
    // scroll to the end, Shift+click. Its first block stays drawn; the ones after it are not.
    const from = lastIndex - 30
    await expect
      .poll(() =>
        readerText(page).evaluate((container, wanted) => {
          const block = container.querySelector(`[data-block-index="${wanted}"]`)
          if (block) block.scrollIntoView({ block: 'center' })
          else container.scrollTop -= container.clientHeight * 0.8
          return !!block
        }, from),
      )
      .toBe(true)
    await readerText(page).evaluate((container, wanted) => {
      const text = container.querySelector(`[data-block-index="${wanted}"]`)!.firstChild!.firstChild!
      document.getSelection()!.collapse(text, 0)
    }, from)
    await scrollToEnd(page)
    expect(await drawn(page, from)).toMatchObject({ has: true })
    expect(await drawn(page, from + 5)).toMatchObject({ has: false })
    const last = readerText(page).locator(`[data-block-index="${lastIndex}"]`)
    await last.click({ modifiers: ['Shift'], position: { x: 8, y: 8 } })
    await page.getByRole('toolbar', { name: 'Annotate the selection' }).waitFor()
    await page.keyboard.press('1')
    await panel(page)
      .getByRole('button', { name: /^Yellow highlight/ })
      .waitFor()
    const yellow = (await storedAnnotations(2)).find((annotation) => annotation.color === 'yellow')!
    expect(yellow.target.start).toBe(starts[from])
    expect(yellow.target.end).toBeGreaterThan(starts[lastIndex]!)
    expect(yellow.target.end).toBeLessThan(starts[lastIndex]! + treaty.lastParagraph.length)

    // Find from the top: one match in the whole text, in the last paragraph, and "next" goes there.
    await scrollToStart(page)
    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('cay bang co thu')
    await expect.poll(() => page.locator('.find-bar__status').textContent()).toBe('1 of 1')
    await expect.poll(() => highlighted(page, 'find-current')).toBe(closingWords)
    await page.keyboard.press('Escape')

    // Reveal from the panel: back at the top, the card brings the last paragraph and flashes the passage.
    await scrollToStart(page)
    expect(await drawn(page)).toMatchObject({ has: false })
    await blueCard.click()
    await expect.poll(() => highlighted(page, 'reveal-flash')).toBe(closingWords)
    expect(await drawn(page)).toMatchObject({ has: true })

    // Reload: the reader opens where it was, at the end of the text.
    await expect.poll(() => savedOffset()).toBeGreaterThan(starts[lastIndex - 30]!)
    // The last document opens again by itself.
    await page.reload()
    await expect.poll(async () => (await drawn(page)).has).toBe(true)
    const top = await readerText(page).evaluate((container) => {
      const box = container.getBoundingClientRect()
      const blocks = [...container.querySelectorAll<HTMLElement>('[data-block-index]')]
      return Number(blocks.find((block) => block.getBoundingClientRect().bottom > box.top + 1)?.dataset.blockIndex)
    })
    expect(top).toBeGreaterThan(lastIndex - 20)
    expect(health.problems).toEqual([])
  }, 240_000)

  it('F7 and Ctrl+Shift+End select to the very end of the text, and 1 highlights such a selection', async () => {
    const { page, health } = await treatyInApp()
    // The rest of the text is held back until F7 is pressed: the key comes while it is still arriving.
    const releaseRest = await holdRestOfText(page)
    await openTreaty(page)
    // F7 pressed at once is kept: the button says so at once, and the caret is placed when the text is in.
    const caretButton = page.getByRole('button', { name: 'Keyboard selection (F7)' })
    await page.keyboard.press('F7')
    await expect.poll(() => caretButton.getAttribute('aria-pressed')).toBe('true')
    releaseRest()
    await expect.poll(() => page.evaluate(() => document.getSelection()?.rangeCount ?? 0)).toBe(1)
    // From the caret at the top, Ctrl+Shift+End reaches the last paragraph, far out of the first window.
    await page.keyboard.press('Control+Shift+End')
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' })
    await toolbar.waitFor()
    await expect.poll(async () => (await drawn(page)).has).toBe(true)
    const selected = await page.evaluate(() => document.getSelection()!.toString())
    expect(selected.startsWith(treaty.paragraphs[0]!)).toBe(true)
    expect(selected.endsWith(treaty.lastParagraph)).toBe(true)

    // A caret a dozen paragraphs before the end (a passage short enough to annotate): Ctrl+Shift+End, then 1.
    const from = lastIndex - 12
    await scrollToEnd(page)
    await expect
      .poll(() =>
        readerText(page).evaluate((container, wanted) => {
          const block = container.querySelector(`[data-block-index="${wanted}"]`)
          if (block) block.scrollIntoView({ block: 'start' })
          else container.scrollTop -= container.clientHeight * 0.8
          return !!block
        }, from),
      )
      .toBe(true)
    await readerText(page).evaluate((container, wanted) => {
      const text = container.querySelector(`[data-block-index="${wanted}"]`)!.firstChild!.firstChild!
      document.getSelection()!.collapse(text, 0)
    }, from)
    await page.keyboard.press('Control+Shift+End')
    await toolbar.waitFor()
    await page.keyboard.press('1')
    const [annotation] = await storedAnnotations(1)
    expect(annotation!.target).toMatchObject({
      start: starts[from],
      end: starts[lastIndex]! + treaty.lastParagraph.length,
    })
    await panel(page)
      .getByRole('button', { name: /^Yellow highlight/ })
      .waitFor()
    expect(health.problems).toEqual([])
  }, 240_000)

  it('a passage dragged over while the rest of the text arrives gets its toolbar once it is in, and 1 highlights it', async () => {
    const { page, health } = await treatyInApp()
    const releaseRest = await holdRestOfText(page)
    await openTreaty(page)
    const box = (await readerText(page).locator('[data-block-index="1"]').boundingBox())!
    await page.mouse.move(box.x + 2, box.y + 8)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + 40, { steps: 5 })
    await page.mouse.up()
    const selected = await page.evaluate(() => document.getSelection()!.toString())
    expect(selected.length).toBeGreaterThan(10)
    // A screen reader is told the text is still arriving, and then that it is all there.
    expect(await readerText(page).getAttribute('aria-busy')).toBe('true')
    releaseRest()
    await expect.poll(() => readerText(page).getAttribute('aria-busy')).toBe('false')
    const toolbar = page.getByRole('toolbar', { name: 'Annotate the selection' })
    await toolbar.waitFor()
    await page.keyboard.press('1')
    const [annotation] = await storedAnnotations(1)
    expect(annotation!.target.exact).toBe(selected)
    expect(health.problems).toEqual([])
  }, 240_000)

  it('a heading clicked in the outline while the rest of the text arrives is shown, and stays in view once it is in', async () => {
    const { page, health } = await treatyInApp()
    const releaseRest = await holdRestOfText(page)
    await openTreaty(page)
    const heading = treaty.paragraphs.indexOf('Chương 40')
    expect(heading).toBeGreaterThan(1_000)
    const headingAtTop = () =>
      readerText(page).evaluate((container, index) => {
        const element = container.querySelector(`[data-block-index="${index}"]`)
        if (!element) return false
        const top = element.getBoundingClientRect().top - container.getBoundingClientRect().top
        return top >= -2 && top < 120
      }, heading)
    await page
      .getByRole('navigation', { name: 'Outline' })
      .getByRole('button', { name: 'Chương 40', exact: true })
      .click()
    await expect.poll(headingAtTop).toBe(true)
    releaseRest()
    await expect.poll(() => readerText(page).getAttribute('aria-busy')).toBe('false')
    expect(await headingAtTop()).toBe(true)
    expect(await readerText(page).locator(`[data-block-index="${heading}"]`).textContent()).toBe('Chương 40')
    expect(health.problems).toEqual([])
  }, 240_000)

  it('Find opened and typed into straight after clicking the title keeps every key, while the rest of the text arrives', async () => {
    const { page, health } = await treatyInApp()
    // The rest of the text is held back until the user has typed: it arrives while they are in the field.
    const releaseRest = await holdRestOfText(page)
    await openTreaty(page)
    // As a user does: Ctrl+F as soon as the text shows, then the words at typing speed.
    await page.keyboard.press('Control+f')
    await page.keyboard.type(closingWords.slice(0, 8), { delay: 40 })
    await expect.poll(() => page.locator('.find-bar__status').textContent()).toBe('Reading the whole text…')
    releaseRest()
    // The rest is in: what was typed so far is looked for, and the field keeps the caret.
    await expect.poll(() => page.locator('.find-bar__status').textContent()).not.toBe('Reading the whole text…')
    await page.keyboard.type(closingWords.slice(8), { delay: 40 })
    await page.keyboard.press('Enter')
    const field = page.getByRole('searchbox', { name: 'Find in document' })
    await expect(field.inputValue()).resolves.toBe(closingWords)
    await expect.poll(() => page.locator('.find-bar__status').textContent()).toBe('1 of 1')
    await expect.poll(() => highlighted(page, 'find-current')).toBe(closingWords)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Find in document')
    expect(health.problems).toEqual([])
  }, 240_000)

  it('A+ keeps the paragraph being read at the top of the view, deep in the text', async () => {
    const { page, health } = await treatyInApp()
    await openTreaty(page)
    // Half-way through the text, with a paragraph's top at the top of the view.
    const middle = Math.floor(lastIndex / 2)
    await readerText(page).evaluate((container) => {
      container.scrollTop = container.scrollHeight / 2
    })
    await expect.poll(() => topParagraph(page)).toBeGreaterThan(middle * 0.7)
    const reading = await topParagraph(page)
    await readerText(page).evaluate((container, wanted) => {
      const block = container.querySelector<HTMLElement>(`[data-block-index="${wanted}"]`)!
      container.scrollTop += block.getBoundingClientRect().top - container.getBoundingClientRect().top + 4
    }, reading)
    await expect.poll(() => topParagraph(page)).toBe(reading)
    await page.getByRole('button', { name: 'Larger text' }).click()
    await page.getByRole('button', { name: 'Larger text' }).click()
    await page.getByRole('button', { name: /^Text size 125%/ }).waitFor()
    await expect.poll(() => topParagraph(page)).toBe(reading)
    expect(health.problems).toEqual([])
    // A ceiling against a hang, as for the test above: importing 7 MB is slow on a busy machine.
  }, 240_000)
})
