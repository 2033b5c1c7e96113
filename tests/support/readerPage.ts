import type { Page } from 'playwright-core'

/** A file handed to the page's file input, as playwright takes it. */
export type PickedFile = { name: string; mimeType: string; buffer: Buffer }

/** Open the app and wait for the library to be drawn. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('navigation', { name: 'Library' }).waitFor()
}

/**
 * Choose one file in the import picker and accept the preview as it is: a new document, even when the file looks
 * like a later draft of one already in the library.
 */
export async function importOne(page: Page, file: PickedFile | string): Promise<void> {
  await page.getByLabel('Files to import').setInputFiles(file)
  const dialog = page.getByRole('dialog', { name: 'Import a document' })
  await dialog.getByRole('button', { name: /^Import( again| as a new document)?$/ }).click()
  await dialog.waitFor({ state: 'hidden' })
}

/** Wait until the reader shows `count` blocks (all of them drawn) and return their texts in order. */
export async function readerBlockTexts(page: Page, count?: number): Promise<string[]> {
  const reader = readerText(page)
  await reader.locator('[data-block-index]').first().waitFor()
  if (count !== undefined) {
    await page.waitForFunction((expected) => document.querySelectorAll('[data-block-index]').length === expected, count)
  }
  return reader.evaluate((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('[data-block-index]'))
      .sort((a, b) => Number(a.dataset.blockIndex) - Number(b.dataset.blockIndex))
      .map((element) => element.textContent ?? ''),
  )
}

/** Paragraphs of a plain-text file as a reader should show them: split on blank lines, NFC. */
export function expectedParagraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/** The open document's text (the reader's scrolling region, named after the document). */
export function readerText(page: Page) {
  return page.getByRole('region', { name: /^Text of / })
}
