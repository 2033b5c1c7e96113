import { $applyNodeReplacement, ElementNode, type EditorConfig, type LexicalNode } from 'lexical'
import type { BlockKind } from '@common/model/document'

/** CSS classes per block kind; the reader's stylesheet draws numbers, bullets and indents, never the text. */
const kindClass: Record<BlockKind, string> = {
  heading: 'block block--heading',
  paragraph: 'block block--paragraph',
  listItem: 'block block--list-item',
  quote: 'block block--quote',
  tableRow: 'block block--table-row',
  preformatted: 'block block--preformatted',
}

/**
 * One block of a revision, read-only. Its DOM element carries `data-block-index` and holds only the block's text
 * (as Lexical text nodes), which is the reader's DOM contract (see textPositions.ts). One node class for all kinds
 * keeps that contract in one place; the kind picks the tag and class.
 */
export class ReaderBlockNode extends ElementNode {
  __kind: BlockKind
  __level: number
  __blockIndex: number

  override $config() {
    return this.config('reader-block', { extends: ElementNode })
  }

  constructor(kind: BlockKind = 'paragraph', level = 1, blockIndex = 0, key?: string) {
    super(key)
    this.__kind = kind
    this.__level = level
    this.__blockIndex = blockIndex
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous)
    this.__kind = previous.__kind
    this.__level = previous.__level
    this.__blockIndex = previous.__blockIndex
  }

  /** The block's position in the revision (its `data-block-index`). */
  getBlockIndex(): number {
    return this.getLatest().__blockIndex
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement(tagFor(this.__kind, this.__level))
    element.className = kindClass[this.__kind]
    element.dataset.blockIndex = String(this.__blockIndex)
    if (this.__kind === 'listItem' && this.__level > 1) element.dataset.level = String(Math.min(this.__level, 6))
    return element
  }

  override updateDOM(previous: this): boolean {
    return (
      previous.__kind !== this.__kind ||
      previous.__level !== this.__level ||
      previous.__blockIndex !== this.__blockIndex
    )
  }
}

function tagFor(kind: BlockKind, level: number): string {
  switch (kind) {
    case 'heading':
      return `h${Math.min(Math.max(level, 1), 6)}`
    case 'quote':
      return 'blockquote'
    case 'preformatted':
      return 'pre'
    default:
      return 'p'
  }
}

/** Make a block node (inside an editor update). */
export function $createReaderBlockNode(kind: BlockKind, level: number, blockIndex: number): ReaderBlockNode {
  return $applyNodeReplacement(new ReaderBlockNode(kind, level, blockIndex))
}

/** True for a block node. */
export function $isReaderBlockNode(node: LexicalNode | null | undefined): node is ReaderBlockNode {
  return node instanceof ReaderBlockNode
}
