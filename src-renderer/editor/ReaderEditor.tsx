import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { useEffect } from 'react'
import type { Block } from '@common/model/document'
import { ReaderBlockNode } from './nodes/ReaderBlockNode'
import { ProgressiveRenderer } from './progressiveRender'
import { readerTheme } from './theme'

type ReaderEditorProps = {
  blocks: readonly Block[]
  /** The accessible name of the text (the document's title). */
  label: string
  /** Receives the renderer once the first slice is in the DOM, and null when the editor goes away. */
  onRenderer: (renderer: ProgressiveRenderer | null, root: HTMLElement | null) => void
}

/**
 * A revision drawn by Lexical, read-only: one ReaderBlockNode per block. Mount it with `key={revision.id}`;
 * a new revision is a new editor.
 */
export function ReaderEditor({ blocks, label, onRenderer }: ReaderEditorProps) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'marginalia-reader',
        nodes: [ReaderBlockNode],
        editable: false,
        theme: readerTheme,
        onError: (error) => {
          throw error
        },
      }}
    >
      <ContentEditable className="reader__text" role="document" aria-label={label} spellCheck={false} />
      <ProgressiveRenderPlugin blocks={blocks} onRenderer={onRenderer} />
    </LexicalComposer>
  )
}

/** Draws the blocks in slices and hands the renderer to the reader (which scrolls, finds and reveals through it). */
function ProgressiveRenderPlugin({ blocks, onRenderer }: Omit<ReaderEditorProps, 'label'>) {
  const [editor] = useLexicalComposerContext()
  useEffect(() => {
    const renderer = new ProgressiveRenderer(editor, blocks)
    renderer.start()
    onRenderer(renderer, editor.getRootElement())
    return () => {
      renderer.stop()
      onRenderer(null, null)
    }
  }, [editor, blocks, onRenderer])
  return null
}
