import type { Page } from 'playwright-core'

/** Where a selection end lies: in the block whose text starts with `startsWith`, at `quote` (after `after`). */
export type PassageEnd = { startsWith: string; quote: string; after?: string }

/**
 * Select text in the reader the way a user's drag does (a DOM selection over the drawn blocks), from the start of
 * `from.quote` to the end of `to.quote` (or of `from.quote`). The selection toolbar then appears.
 */
export async function selectPassage(page: Page, from: PassageEnd & { to?: PassageEnd }): Promise<void> {
  await page.evaluate(
    ({ from, to }) => {
      const locate = (end: { startsWith: string; quote: string; after?: string }, atEnd: boolean) => {
        const block = [...document.querySelectorAll<HTMLElement>('[data-block-index]')].find((each) =>
          each.textContent?.startsWith(end.startsWith),
        )
        if (!block) throw new Error(`No block starts with ${end.startsWith}`)
        const text = block.textContent ?? ''
        const at = text.indexOf((end.after ?? '') + end.quote) + (end.after ?? '').length
        if (at < (end.after ?? '').length) throw new Error(`No '${end.quote}' in block ${end.startsWith}`)
        let remaining = atEnd ? at + end.quote.length : at
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (remaining <= node.data.length) return { node, offset: remaining }
          remaining -= node.data.length
        }
        throw new Error('offset outside the block')
      }
      const start = locate(from, false)
      // A user selects what they see: bring the passage into view first.
      start.node.parentElement?.scrollIntoView({ block: 'center' })
      const end = locate(to ?? from, true)
      document.getSelection()!.setBaseAndExtent(start.node, start.offset, end.node, end.offset)
    },
    { from, to: from.to ?? null },
  )
  await page.getByRole('toolbar', { name: 'Annotate the selection' }).waitFor()
}

/** The accessible names of the annotation cards, in the panel's order. */
export async function cardNames(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Annotations in reading order' })
  await list.locator('.card__main').first().waitFor()
  return list
    .locator('.card__main')
    .evaluateAll((buttons) => buttons.map((each) => each.getAttribute('aria-label') ?? ''))
}

/** The text under each painted highlight colour (CSS Custom Highlight API), by colour name. */
export async function paintedQuotes(page: Page): Promise<Record<string, string[]>> {
  await page.waitForFunction(() => CSS.highlights.has('marginalia-yellow'))
  return page.evaluate(() => {
    const out: Record<string, string[]> = {}
    for (const color of ['yellow', 'green', 'blue', 'pink', 'purple', 'orange']) {
      const highlight = CSS.highlights.get(`marginalia-${color}`)
      out[color] = highlight
        ? [...highlight].map((range) => {
            const live = document.createRange()
            const r = range as StaticRange
            live.setStart(r.startContainer, r.startOffset)
            live.setEnd(r.endContainer, r.endOffset)
            return live.toString()
          })
        : []
    }
    return out
  })
}
