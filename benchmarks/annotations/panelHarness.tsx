/**
 * The annotation panel at size, in the bench page (see pageHarness.tsx): the real panel component over a team's
 * annotations (authors, tags, threads, conflicts, arrivals), timed to what a user sees, and the filter's counts.
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { Annotation } from '@common/model/annotation'
import { annotationColors } from '@common/model/annotation'
import { AnnotationPanel } from '../../src-renderer/features/annotations/AnnotationPanel'
import { filterAnnotations, noFilter } from '../../src-renderer/features/annotations/annotationFilters'
import { setupI18n } from '../../src-renderer/i18n/setup'
import { annotationsStore } from '../../src-renderer/state/annotationsStore'

const quotes = [
  'Hai bên nhất trí tăng cường hợp tác',
  'trong lĩnh vực năng lượng và công nghiệp dầu khí',
  'cũng như bảo đảm an ninh năng lượng',
  'The Parties shall exchange information',
  'Стороны проводят консультации ежегодно',
]
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

async function time(work: () => unknown): Promise<number> {
  const started = performance.now()
  await work()
  await nextFrame()
  return performance.now() - started
}

/** `count` annotations as a team's panel has them: four authors, three tags, threads, resolved ones, conflicts. */
function teamList(count: number): Annotation[] {
  const authors = ['Lan', 'Olga', 'Minh', 'Bench']
  return Array.from({ length: count }, (_, i) => {
    const start = (i * 17) % 190_000
    const base: Annotation = {
      id: `a${i}`,
      documentId: 'doc',
      revisionId: 'rev',
      color: annotationColors[i % 6]!,
      target: { start, end: start + 40, exact: quotes[i % quotes.length]!, prefix: '', suffix: '' },
      paragraphLabel: String(1 + Math.floor(start / 400)),
      author: 'Bench',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      resolvedAt: null,
      anchorStatus: 'anchored',
      carryOver: null,
      tags: [],
      comments: [],
    }
    const annotation: Annotation = {
      ...base,
      author: authors[i % 4]!,
      tags: [{ id: `t${i % 3}`, name: ['năng lượng', 'hạt nhân', 'to raise'][i % 3]!, color: null }],
      resolvedAt: i % 7 === 0 ? '2026-01-02T00:00:00.000Z' : null,
      comments:
        i % 5 === 0
          ? [
              {
                id: `c${i}`,
                annotationId: base.id,
                parentId: null,
                author: 'Lan',
                body: 'Cần nêu tại cuộc họp',
                createdAt: base.createdAt,
                updatedAt: base.createdAt,
              },
            ]
          : [],
    }
    if (i % 4 !== 3) annotation.authorId = `author-${i % 4}`
    if (i % 9 === 0) annotation.arrivedAt = '2026-01-03T00:00:00.000Z'
    return annotation
  })
}

/** The panel's "N of M annotations" line. */
function shownLine(host: HTMLElement): string {
  return host.querySelector('.filters__summary [role="status"]')?.textContent ?? ''
}

/** Wait (frame by frame) until the panel's shown line differs from `before`; the time it took. */
async function untilShownChanges(host: HTMLElement, before: string, started: number): Promise<number> {
  while (shownLine(host) === before) {
    if (performance.now() - started > 5_000) throw new Error(`the panel still says "${before}"`)
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
  }
  return performance.now() - started
}

/** Set a form control's value as a user's choice does, so React's onChange sees it. */
function choose(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
}

/** The panel at size, called from annotations.bench.ts through the page's `bench` object. */
export const panelApi = {
  /**
   * The whole panel (filter bar, counts, virtual list) over `count` annotations: first render to the next frame,
   * each filter changed from none to a choice until the panel shows the new figure (the worst of colour, tag, author,
   * status, search), and a scroll through the list (longest frame).
   */
  async panelAtSize(count: number) {
    await setupI18n('en')
    document.body.innerHTML = ''
    const list = teamList(count)
    const host = document.createElement('div')
    host.style.cssText = 'height:800px;width:360px;display:flex;flex-direction:column'
    document.body.append(host)
    const warm = createRoot(host)
    annotationsStore.set({ documentId: 'doc', annotations: list.slice(0, 50), status: 'ready', error: null })
    flushSync(() => warm.render(<AnnotationPanel />))
    warm.unmount()
    await nextFrame()
    annotationsStore.set({ documentId: 'doc', annotations: list, status: 'ready', error: null })
    const reactRoot = createRoot(host)
    const firstRender = await time(() => flushSync(() => reactRoot.render(<AnnotationPanel />)))
    // A user's first choice comes after the panel's idle-time work (folding the cards' text for the search box).
    await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 }))
    const control = (label: string) => host.querySelector(`[aria-label="${label}"]`) as HTMLSelectElement
    const changes: Record<string, number> = {}
    const steps: [string, () => HTMLInputElement | HTMLSelectElement, string][] = [
      ['colour', () => control('Colour'), 'green'],
      ['tag', () => control('Tag'), 't1'],
      ['author', () => control('Author'), 'Olga'],
      ['status', () => control('Status'), 'resolved'],
      ['search', () => host.querySelector('input[type="search"]') as HTMLInputElement, 'hop tac'],
    ]
    for (const [name, element, value] of steps) {
      const before = shownLine(host)
      const started = performance.now()
      choose(element(), value)
      changes[name] = await untilShownChanges(host, before, started)
      const cleared = shownLine(host)
      const clearing = performance.now()
      ;(host.querySelector('.filters__summary button') as HTMLButtonElement).click()
      await untilShownChanges(host, cleared, clearing)
    }
    const scroller = host.querySelector('.annotation-list') as HTMLElement
    let worstFrame = 0
    for (let step = 0; step < 60; step++) {
      const started = performance.now()
      scroller.scrollTop += 900
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
      worstFrame = Math.max(worstFrame, performance.now() - started)
    }
    reactRoot.unmount()
    host.remove()
    annotationsStore.set({ documentId: null, annotations: [], status: 'idle', error: null })
    return { firstRender, changes, worstFrame }
  },

  /**
   * The filter's shown list and every count over `count` annotations, no filter on (median of 9), beside counting
   * the obvious way: running the filter once per choice the bar offers.
   */
  async countsAtSize(count: number) {
    const list = teamList(count)
    // No filter on: every annotation counts towards every choice (the most counting there is).
    const filter = noFilter
    const once = () => filterAnnotations(list, filter)
    const perChoice = () => {
      const { counts } = once()
      const shownWith = (patch: Partial<typeof filter>) => filterAnnotations(list, { ...filter, ...patch }).shown.length
      for (const color of annotationColors) shownWith({ color })
      for (const tagId of counts.tags.keys()) shownWith({ tagId })
      for (const author of counts.authors.keys()) shownWith({ author })
      for (const status of ['open', 'resolved'] as const) shownWith({ status })
      for (const patch of [{ hasComment: true }, { conflicts: true }, { arrived: true }]) shownWith(patch)
    }
    const median = (work: () => unknown) => {
      const runs: number[] = []
      for (let run = 0; run < 9; run++) {
        const started = performance.now()
        work()
        runs.push(performance.now() - started)
      }
      return runs.sort((a, b) => a - b)[4]!
    }
    median(once)
    return { onePass: median(once), perChoice: median(perChoice) }
  },
}
