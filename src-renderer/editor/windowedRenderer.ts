import { $getRoot, $setSelection, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical'
import type { Block } from '@common/model/document'
import { BlockHeights } from './blockHeights'
import { $showWindow, type WindowItem } from './showWindow'

/**
 * A text up to this long is drawn whole: a few hundred blocks cost little, and the browser's own find and screen
 * readers then get all of it. Longer texts are drawn a window at a time.
 */
const wholeTextCharacters = 60_000

/** Blocks [from, to) of a revision. */
type BlockRange = { from: number; to: number }

/**
 * Draws a revision into a read-only Lexical editor, only the blocks in and near the view: the window reaches one
 * screen above and below the view and is redrawn when the view comes within half a screen of its edge. Gap nodes
 * as tall as the undrawn blocks keep the scrollbar and the drawn blocks where they would be with everything drawn.
 * The blocks holding the ends of the user's selection stay drawn wherever the view goes, so a selection can start
 * in one block and end many screens later. Blocks keep their nodes while they stay in the window: Lexical then
 * keeps their DOM, and a redraw costs the blocks entering and leaving, not the window.
 */
export class WindowedRenderer {
  private readonly heights: BlockHeights
  private range: BlockRange = { from: 0, to: 0 }
  private drawn: number[] = []
  private pins = new Set<number>()
  private readonly listeners = new Set<(version: number) => void>()
  private version = 0
  private stopped = false
  private font = { size: 0, width: 0 }
  private readonly margins = new Map<string, number>()
  private readonly stops: (() => void)[] = []
  /** Each block's text length (the same for stand-ins and the text that replaces them). */
  private readonly lengths: Float64Array
  /** True when the whole text is drawn (a short text). */
  readonly whole: boolean

  constructor(
    private readonly editor: LexicalEditor,
    private blocks: readonly Block[],
    private readonly container: HTMLElement,
    private readonly root: HTMLElement,
  ) {
    // Lengths once, in a typed array: estimating 20,000 heights then reads numbers, not 20,000 block objects.
    this.lengths = new Float64Array(blocks.length)
    let characters = 0
    blocks.forEach((block, index) => {
      this.lengths[index] = block.text.length
      characters += block.text.length + 1
    })
    this.whole = characters <= wholeTextCharacters
    this.heights = new BlockHeights(blocks.length, this.estimator())
  }

  /** Called after every redraw with a number that grows with each one. */
  onProgress(listener: (version: number) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Draw the first window now, around block `startBlock` and scrolled to it, and follow the view from then on. */
  start(startBlock = 0): void {
    // React's StrictMode mounts twice on the same editor: start from an empty root every time.
    this.editor.update(() => $getRoot().clear(), { discrete: true })
    if (this.whole) return this.draw({ from: 0, to: this.blocks.length }, false)
    const onScroll = () => this.followView()
    const resize = new ResizeObserver(() => this.onResize())
    const onSelection = () => this.pinSelection()
    this.container.addEventListener('scroll', onScroll, { passive: true })
    resize.observe(this.root)
    document.addEventListener('selectionchange', onSelection)
    this.stops.push(
      () => this.container.removeEventListener('scroll', onScroll),
      () => resize.disconnect(),
      () => document.removeEventListener('selectionchange', onSelection),
    )
    const top = startBlock > 0 ? this.heights.offsetOf(startBlock) : this.viewTop()
    this.draw(this.rangeAround(top), false)
    // The first window shows how this font and width lay text out: estimate the rest from it.
    this.heights.calibrate()
    this.draw(this.range, true)
    if (startBlock > 0) this.scrollToTop(startBlock)
  }

  /**
   * The same revision's blocks with texts that were stand-ins before (the whole text arrived after the first
   * screen): blocks whose text changed are built again, the others keep their nodes (and a selection in them).
   */
  replaceBlocks(blocks: readonly Block[]): void {
    if (blocks === this.blocks || blocks.length !== this.blocks.length || this.stopped) return
    const changed = new Set(this.drawn.filter((index) => blocks[index]!.text !== this.blocks[index]!.text))
    this.blocks = blocks
    this.draw(this.range, true, changed)
  }

  /** True when block `index` is in the DOM. */
  isDrawn(index: number): boolean {
    return this.whole || this.position(index) >= 0
  }

  /**
   * Make sure block `index` is in the DOM: when it is not, draw the window around it and scroll it to the top of
   * the view (callers then aim precisely).
   */
  ensureDrawn(index: number): void {
    if (this.isDrawn(index) || this.stopped) return
    this.draw(this.rangeAround(this.heights.offsetOf(index)), false)
    this.scrollToTop(index)
  }

  private scrollToTop(index: number): void {
    const element = this.elementOf(index)
    if (element) {
      this.container.scrollTop += element.getBoundingClientRect().top - this.container.getBoundingClientRect().top
    }
  }

  /** Stop following the view (the reader closed). */
  stop(): void {
    this.stopped = true
    for (const stop of this.stops.splice(0)) stop()
  }

  /** Redraw when the view comes within half a screen of the window's edge. */
  private followView(): void {
    if (this.stopped) return
    const top = this.viewTop()
    const height = this.viewHeight()
    const from = this.heights.indexAt(top - height / 2)
    const to = this.heights.indexAt(top + height * 1.5) + 1
    if (from >= this.range.from && to <= this.range.to) return
    this.draw(this.rangeAround(top), true)
  }

  /** The text size or the width changed (zoom, window resized): every height is new. */
  private onResize(): void {
    if (this.stopped) return
    const size = parseFloat(getComputedStyle(this.root).fontSize)
    if (size === this.font.size && this.root.clientWidth === this.font.width) return
    this.margins.clear()
    this.heights.reset(this.estimator())
    this.draw(this.range, true)
    this.heights.calibrate()
    this.draw(this.range, true)
  }

  /** Keep the blocks at both ends of the selection (or the caret) drawn. */
  private pinSelection(): void {
    const selection = document.getSelection()
    const pins = new Set<number>()
    for (const node of [selection?.anchorNode, selection?.focusNode]) {
      if (!node || !this.root.contains(node)) continue
      const element = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-block-index]')
      if (element) pins.add(Number(element.dataset.blockIndex))
    }
    this.pins = pins
  }

  private draw(range: BlockRange, keepPlace: boolean, rebuild?: ReadonlySet<number>): void {
    if (this.stopped) return
    const anchor = keepPlace ? this.visibleAnchor() : null
    this.range = range
    const indices = this.indicesToDraw()
    const items = this.itemsFor(indices)
    // No DOM selection from Lexical: the user's selection is the document's own and must survive a redraw. Lexical's
    // copy of it may name blocks this redraw removes, which Lexical refuses: it is dropped (the DOM keeps its own).
    const draw = () => {
      $setSelection(null)
      $showWindow(this.blocks, items, rebuild)
    }
    this.editor.update(draw, { discrete: true, tag: SKIP_DOM_SELECTION_TAG })
    this.drawn = indices
    if (!this.whole) this.measureDrawn()
    if (anchor) {
      // Blocks above the view came or went with heights other than assumed: put what the user sees back.
      const top = this.elementOf(anchor.index)?.getBoundingClientRect().top
      if (top !== undefined && Math.abs(top - anchor.top) >= 0.5) this.container.scrollTop += top - anchor.top
    }
    this.version += 1
    for (const listener of this.listeners) listener(this.version)
  }

  private indicesToDraw(): number[] {
    const indices: number[] = []
    for (let index = this.range.from; index < this.range.to; index++) indices.push(index)
    const extra = [...this.pins].filter((index) => index < this.range.from || index >= this.range.to)
    if (extra.length === 0) return indices
    return [...indices, ...extra.filter((index) => index >= 0 && index < this.blocks.length)].sort((a, b) => a - b)
  }

  private itemsFor(indices: readonly number[]): WindowItem[] {
    const items: WindowItem[] = []
    let next = 0
    for (const index of indices) {
      if (index > next) items.push({ kind: 'gap', height: this.heights.offsetOf(index) - this.heights.offsetOf(next) })
      items.push({ kind: 'block', index })
      next = index + 1
    }
    if (next < this.blocks.length) {
      items.push({ kind: 'gap', height: this.heights.total - this.heights.offsetOf(next) })
    }
    return items
  }

  /** Record the drawn blocks' heights, margins included (the text is a flex column: margins never collapse). */
  private measureDrawn(): void {
    for (const element of this.root.querySelectorAll<HTMLElement>(':scope > [data-block-index]')) {
      const index = Number(element.dataset.blockIndex)
      this.heights.measure(index, element.getBoundingClientRect().height + this.marginsOf(element))
    }
  }

  private marginsOf(element: HTMLElement): number {
    const key = `${element.tagName} ${element.className}`
    let margins = this.margins.get(key)
    if (margins === undefined) {
      const style = getComputedStyle(element)
      margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom)
      this.margins.set(key, margins)
    }
    return margins
  }

  /** The first drawn block whose bottom is in the view, and where its top is on screen. */
  private visibleAnchor(): { index: number; top: number } | null {
    const viewTop = this.container.getBoundingClientRect().top
    for (const element of this.root.querySelectorAll<HTMLElement>(':scope > [data-block-index]')) {
      const rect = element.getBoundingClientRect()
      if (rect.bottom > viewTop) return { index: Number(element.dataset.blockIndex), top: rect.top }
    }
    return null
  }

  private rangeAround(top: number): BlockRange {
    const height = this.viewHeight()
    return {
      from: this.heights.indexAt(top - height),
      to: Math.min(this.blocks.length, this.heights.indexAt(top + height * 2) + 1),
    }
  }

  /** How far the top of the view is below the top of the text. */
  private viewTop(): number {
    return this.container.getBoundingClientRect().top - this.root.getBoundingClientRect().top
  }

  private viewHeight(): number {
    return this.container.clientHeight || window.innerHeight
  }

  private elementOf(index: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`:scope > [data-block-index="${index}"]`)
  }

  private position(index: number): number {
    let low = 0
    let high = this.drawn.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const value = this.drawn[middle]!
      if (value === index) return middle
      if (value < index) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  /** Heights from the text's length, the font size and the width; calibrated once blocks are measured. */
  private estimator(): (index: number) => number {
    const fontSize = parseFloat(getComputedStyle(this.root).fontSize) || 18
    const width = this.root.clientWidth || 600
    this.font = { size: fontSize, width }
    const lineHeight = fontSize * 1.7
    const charactersPerLine = Math.max(16, width / (fontSize * 0.5))
    const lengths = this.lengths
    const spacing = fontSize * 0.95
    return (index) => Math.max(1, Math.ceil((lengths[index] ?? 0) / charactersPerLine)) * lineHeight + spacing
  }
}
