import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { useEffect, type RefObject } from 'react'
import type { Block } from '@common/model/document'
import { ReaderBlockNode } from './nodes/ReaderBlockNode'
import { ReaderGapNode } from './nodes/ReaderGapNode'
import { WindowedRenderer } from './windowedRenderer'
import { readerTheme } from './theme'

type ReaderEditorProps = {
  blocks: readonly Block[]
  /** The accessible name of the text (the document's title). */
  label: string
  /** The element that scrolls the text: the renderer draws what it shows. */
  scrollContainer: RefObject<HTMLElement | null>
  /** Receives the renderer once the first window is in the DOM, and null when the editor goes away. */
  onRenderer: (renderer: WindowedRenderer | null, root: HTMLElement | null) => void
}

/**
 * A revision drawn by Lexical, read-only: one ReaderBlockNode per drawn block, a ReaderGapNode for each run of
 * blocks outside the window. Mount it with `key={revision.id}`; a new revision is a new editor.
 */
export function ReaderEditor({ blocks, label, scrollContainer, onRenderer }: ReaderEditorProps) {
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
      <WindowedRenderPlugin blocks={blocks} scrollContainer={scrollContainer} onRenderer={onRenderer} />
    </LexicalComposer>
  )
}

/** Draws the blocks in view and hands the renderer to the reader (which scrolls, finds and reveals through it). */
function WindowedRenderPlugin({ blocks, scrollContainer, onRenderer }: Omit<ReaderEditorProps, 'label'>) {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const root = editor.getRootElement()
    const container = scrollContainer.current
    if (!root || !container) return
    const renderer = new WindowedRenderer(editor, blocks, container, root)
    renderer.start()
    onRenderer(renderer, root)
    return () => {
      renderer.stop()
      onRenderer(null, null)
    }
  }, [editor, blocks, scrollContainer, onRenderer])
  return null
}
