import { $applyNodeReplacement, DecoratorNode, type EditorConfig } from 'lexical'

/**
 * The blocks of a revision that are not drawn, as one empty element as tall as they would be: the scrollbar and
 * every drawn block stay where they would be with the whole text drawn. It holds no text, so the reader's offsets
 * (see textPositions.ts) never count it.
 */
export class ReaderGapNode extends DecoratorNode<null> {
  __height: number

  override $config() {
    return this.config('reader-gap', { extends: DecoratorNode })
  }

  constructor(height = 0, key?: string) {
    super(key)
    this.__height = height
  }

  override afterCloneFrom(previous: this): void {
    super.afterCloneFrom(previous)
    this.__height = previous.__height
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const element = document.createElement('div')
    element.className = 'reader-gap'
    element.dataset.readerGap = ''
    element.setAttribute('aria-hidden', 'true')
    element.style.height = `${this.__height}px`
    return element
  }

  override updateDOM(previous: this, dom: HTMLElement): boolean {
    if (previous.__height !== this.__height) dom.style.height = `${this.__height}px`
    return false
  }

  override isInline(): boolean {
    return false
  }

  override decorate(): null {
    return null
  }
}

/** Make a gap node of `height` pixels (inside an editor update). */
export function $createReaderGapNode(height: number): ReaderGapNode {
  return $applyNodeReplacement(new ReaderGapNode(height))
}
