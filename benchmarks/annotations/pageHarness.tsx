/**
 * Runs inside a blank Chromium page (bundled by annotations.bench.ts): builds a ~1 MB text as the reader draws it
 * (one element per block with `data-block-index`), then times painting, creating and listing annotations with the
 * app's own code, each beside a baseline measured in the same page.
 */
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { describeRange } from '@common/anchoring/describe'
import { paragraphLabelAt } from '@common/anchoring/paragraphLabel'
import type { Annotation, AnnotationColor } from '@common/model/annotation'
import { annotationColors } from '@common/model/annotation'
import type { Block } from '@common/model/document'
import { blockStartOffsets, canonicalText } from '@common/text/canonicalText'
import { offsetsOfRange, rangesFor } from '../../src-renderer/editor/textPositions'
import { AnnotationCard } from '../../src-renderer/features/annotations/AnnotationCard'
import { AnnotationList } from '../../src-renderer/features/annotations/AnnotationList'
import { HighlightPainter } from '../../src-renderer/features/annotations/highlightPainter'
import { setupI18n } from '../../src-renderer/i18n/setup'
import { annotationsStore, applyAnnotation } from '../../src-renderer/state/annotationsStore'
import { panelApi } from './panelHarness'

const sentence =
  'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, cũng như bảo đảm an ninh năng lượng. '
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

let blocks: Block[] = []
let starts: number[] = []
let text = ''
let root: HTMLElement

/** Draw `blockCount` numbered paragraphs totalling about `characters`. */
function buildText(characters: number, blockCount: number): void {
  const perBlock = Math.floor(characters / blockCount)
  blocks = Array.from({ length: blockCount }, (_, i) => ({
    kind: 'paragraph' as const,
    text: `${i + 1}. ${sentence.repeat(Math.ceil(perBlock / sentence.length))}`.slice(0, perBlock),
  }))
  starts = blockStartOffsets(blocks)
  text = canonicalText(blocks)
  document.body.innerHTML = ''
  const scroller = document.createElement('div')
  scroller.id = 'scroller'
  scroller.style.cssText = 'height:800px;overflow:auto;width:900px;font:16px serif;line-height:1.5'
  root = document.createElement('div')
  for (const [index, block] of blocks.entries()) {
    const element = document.createElement('p')
    element.dataset.blockIndex = String(index)
    element.textContent = block.text
    root.append(element)
  }
  scroller.append(root)
  document.body.append(scroller)
}

function annotationAt(id: number, start: number, end: number, color: AnnotationColor): Annotation {
  return {
    id: `a${id}`,
    documentId: 'doc',
    revisionId: 'rev',
    color,
    target: { start, end, exact: text.slice(start, end), prefix: '', suffix: '' },
    paragraphLabel: paragraphLabelAt(blocks, starts, start),
    author: 'Bench',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    resolvedAt: null,
    anchorStatus: 'anchored',
    tags: [{ id: 't', name: 'năng lượng', color: null }],
    comments: [],
  }
}

/** `count` annotations spread through the text, each inside one block, none overlapping (so spans can wrap them). */
function spread(count: number): Annotation[] {
  const list: Annotation[] = []
  const step = Math.floor(text.length / count)
  for (let i = 0; i < count; i++) {
    let start = i * step + 3
    const block = blocks[Math.min(blocks.length - 1, binaryBlock(start))]!
    const blockIndex = blocks.indexOf(block)
    const blockEnd = starts[blockIndex]! + block.text.length
    start = Math.min(start, blockEnd - 40)
    list.push(annotationAt(i, start, start + 20 + (i % 20), annotationColors[i % 6]!))
  }
  return list
}

function binaryBlock(offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

function wrapInSpans(list: readonly Annotation[]): void {
  // Last first, so that earlier offsets still point at the same text nodes.
  for (const annotation of [...list].reverse()) {
    const range = rangesFor(root, starts, [annotation.target])[0]
    if (!range) continue
    const live = document.createRange()
    live.setStart(range.startContainer, range.startOffset)
    live.setEnd(range.endContainer, range.endOffset)
    const span = document.createElement('span')
    span.className = `hl hl--${annotation.color}`
    live.surroundContents(span)
  }
}

async function time(work: () => unknown): Promise<number> {
  const started = performance.now()
  await work()
  await nextFrame()
  return performance.now() - started
}

const api = {
  async paint(characters: number, blockCount: number, count: number) {
    buildText(characters, blockCount)
    const list = spread(count)
    await nextFrame()
    const scriptOf = (work: () => void) => {
      const started = performance.now()
      work()
      return performance.now() - started
    }
    // Three runs after a warm-up (the first run also pays for compiling the painter); the median is reported.
    const scripts: number[] = []
    const frames: number[] = []
    for (let run = 0; run < 4; run++) {
      CSS.highlights.clear()
      await nextFrame()
      frames.push(await time(() => scripts.push(scriptOf(() => new HighlightPainter(root, starts).update(list)))))
    }
    const middle = (values: number[]) => values.slice(1).sort((a, b) => a - b)[1]!
    const highlightsScript = middle(scripts)
    const highlights = middle(frames)
    CSS.highlights.clear()
    buildText(characters, blockCount)
    await nextFrame()
    let spansScript = 0
    const spans = await time(() => {
      spansScript = scriptOf(() => wrapInSpans(list))
    })
    return { highlights, highlightsScript, spans, spansScript, textLength: text.length }
  },

  /** Paint `count` highlights with only `drawn` blocks in the middle of the text drawn, as the windowed reader has. */
  async paintWindow(characters: number, blockCount: number, count: number, drawn: number) {
    buildText(characters, blockCount)
    const list = spread(count)
    const from = Math.floor(blockCount / 2)
    for (const element of [...root.children] as HTMLElement[]) {
      const index = Number(element.dataset.blockIndex)
      if (index < from || index >= from + drawn) element.remove()
    }
    await nextFrame()
    const scripts: number[] = []
    for (let run = 0; run < 4; run++) {
      CSS.highlights.clear()
      await nextFrame()
      const started = performance.now()
      new HighlightPainter(root, starts).update(list)
      scripts.push(performance.now() - started)
    }
    CSS.highlights.clear()
    return scripts.slice(1).sort((a, b) => a - b)[1]!
  },

  async createOne(characters: number, blockCount: number, present: number, runs: number) {
    buildText(characters, blockCount)
    const list = spread(present)
    annotationsStore.set({ documentId: 'doc', annotations: list, status: 'ready', error: null })
    const painter = new HighlightPainter(root, starts)
    painter.update(list)
    const stop = annotationsStore.subscribe(() => painter.update(annotationsStore.get().annotations))
    await nextFrame()
    const incremental: number[] = []
    const repaint: number[] = []
    for (let run = 0; run < runs; run++) {
      const block = root.children[(run * 37) % blocks.length]!.firstChild as Text
      const selection = document.getSelection()!
      selection.setBaseAndExtent(block, 10, block, 50)
      incremental.push(
        await time(() => {
          const offsets = offsetsOfRange(starts, selection.getRangeAt(0))!
          const target = describeRange(text, offsets.start, offsets.end)!
          selection.removeAllRanges()
          applyAnnotation({ ...annotationAt(present + run, target.start, target.end, 'green'), target })
        }),
      )
      repaint.push(
        await time(() => {
          CSS.highlights.clear()
          new HighlightPainter(root, starts).update(annotationsStore.get().annotations)
        }),
      )
    }
    stop()
    CSS.highlights.clear()
    return { incremental, repaint }
  },

  async panel(count: number, virtualised: boolean) {
    await setupI18n('en')
    buildText(200_000, 500)
    const list = Array.from({ length: count }, (_, i) =>
      annotationAt(i, (i * 17) % 190_000, ((i * 17) % 190_000) + 40, annotationColors[i % 6]!),
    )
    const host = document.createElement('div')
    host.style.cssText = 'height:800px;width:360px;display:flex;flex-direction:column'
    document.body.append(host)
    await nextFrame()
    // Warm up React and the card code on a small list first, so the figure is the list, not the first compile.
    const warm = createRoot(host)
    flushSync(() => warm.render(<AnnotationList annotations={list.slice(0, 50)} />))
    warm.unmount()
    await nextFrame()
    const reactRoot = createRoot(host)
    const elapsed = await time(() =>
      flushSync(() =>
        reactRoot.render(
          virtualised ? (
            <AnnotationList annotations={list} />
          ) : (
            <ul>
              {list.map((annotation) => (
                <li key={annotation.id}>
                  <AnnotationCard annotation={annotation} selected={false} expanded={false} onKeyDown={() => {}} />
                </li>
              ))}
            </ul>
          ),
        ),
      ),
    )
    reactRoot.unmount()
    host.remove()
    return elapsed
  },

  async scroll(characters: number, blockCount: number, count: number, mode: 'highlights' | 'spans' | 'none') {
    buildText(characters, blockCount)
    const list = spread(count)
    if (mode === 'spans') wrapInSpans(list)
    else if (mode === 'highlights') new HighlightPainter(root, starts).update(list)
    await nextFrame()
    const longTasks: number[] = []
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) longTasks.push(entry.duration)
    })
    observer.observe({ type: 'longtask' })
    const scroller = document.getElementById('scroller')!
    const frames: number[] = []
    for (let step = 0; step < 120; step++) {
      const started = performance.now()
      scroller.scrollTop += 1500
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
      frames.push(performance.now() - started)
    }
    await nextFrame()
    observer.disconnect()
    CSS.highlights.clear()
    return { longTasks, worstFrame: Math.max(...frames) }
  },
}

;(window as unknown as { bench: typeof api & typeof panelApi }).bench = { ...api, ...panelApi }
