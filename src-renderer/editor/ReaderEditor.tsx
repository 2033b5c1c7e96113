import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { useEffect, useRef, type RefObject } from 'react'
import type { Block } from '@common/model/document'
import { ReaderBlockNode } from './nodes/ReaderBlockNode'
import { ReaderGapNode } from './nodes/ReaderGapNode'
import { WindowedRenderer } from './windowedRenderer'
import { readerTheme } from './theme'

type ReaderEditorProps = {
  blocks: readonly Block[]
  /** The block the first window is drawn around and scrolled to (where the user left off). */
  startBlock: number
  /** The accessible name of the text (the document's title). */
  label: string
  /** The element that scrolls the text: the renderer draws what it shows. */
  scrollContainer: RefObject<HTMLElement | null>
  /** Receives the renderer once the first window is in the DOM, and null when the editor goes away. */
  onRenderer: (renderer: WindowedRenderer | null, root: HTMLElement | null) => void
}

/**
 * A revision drawn by Lexical, read-only: one ReaderBlockNode per drawn block, a ReaderGapNode for each run of
 * blocks outside the window. Mount it with `key={revision.id}`; a new revision is a new editor. New `blocks` of
 * the same revision (its whole text arriving after the first screen) are redrawn in place.
 */
export function ReaderEditor({ blocks, startBlock, label, scrollContainer, onRenderer }: ReaderEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'marginalia-reader',
        nodes: [ReaderBlockNode, ReaderGapNode],
        editable: false,
        theme: readerTheme,
        onError: (error) => {
          throw error
        },
      }}
    >
      <ContentEditable className="reader__text" role="document" aria-label={label} spellCheck={false} />
      <WindowedRenderPlugin
        blocks={blocks}
        startBlock={startBlock}
        scrollContainer={scrollContainer}
        onRenderer={onRenderer}
      />
    </LexicalComposer>
  )
}

/** Draws the blocks in view and hands the renderer to the reader (which scrolls, finds and reveals through it). */
function WindowedRenderPlugin({ blocks, startBlock, scrollContainer, onRenderer }: Omit<ReaderEditorProps, 'label'>) {
  const [editor] = useLexicalComposerContext()
  const renderer = useRef<WindowedRenderer | null>(null)
  // Read when the renderer is made: later blocks and start blocks go through the effect below, not a new renderer.
  const initial = useRef({ blocks, startBlock })
  useEffect(() => {
    const root = editor.getRootElement()
    const container = scrollContainer.current
    if (!root || !container) return
    const made = new WindowedRenderer(editor, initial.current.blocks, container, root)
    made.start(initial.current.startBlock)
    renderer.current = made
    onRenderer(made, root)
    return () => {
      made.stop()
      renderer.current = null
      onRenderer(null, null)
    }
  }, [editor, scrollContainer, onRenderer])
  useEffect(() => {
    initial.current.blocks = blocks
    renderer.current?.replaceBlocks(blocks)
  }, [blocks])
  return null
}
