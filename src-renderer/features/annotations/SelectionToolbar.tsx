import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { annotationColors, type AnnotationColor } from '@common/model/annotation'
import { paragraphLabelAt } from '@common/anchoring/paragraphLabel'
import { blockStartOffsets } from '@common/text/canonicalText'
import { offsetsOfRange } from '../../editor/textPositions'
import { reattachAnnotation } from '../../state/annotationActions'
import { createAnnotationAtOnce } from '../../state/annotationCreation'
import { annotationFocus, setReattaching } from '../../state/annotationSelection'
import { attempt } from '../../state/annotationMessages'
import { useStore } from '../../state/createStore'
import { readerStore } from '../../state/readerStore'
import { settingsStore } from '../../state/settingsStore'
import { startTypeAhead, stopTypeAhead } from '../../state/typeAhead'
import { ColorSwatch } from './ColorSwatch'
import { typingInField } from '../../ui/typingInField'
import type { TextSelection } from './useTextSelection'

type SelectionToolbarProps = {
  documentId: string
  selection: TextSelection
  onDone: () => void
}

const toolbarHeight = 44

/**
 * The reader's selection as it is at this moment: a key can arrive before the toolbar has drawn the newest one
 * (Shift+Ctrl+→ then 2, typed at full speed), and the highlight must cover what the user sees selected.
 */
function liveSpan(shown: TextSelection, starts: readonly number[]): { start: number; end: number } {
  const current = document.getSelection()
  if (!current || current.isCollapsed || current.rangeCount === 0) return shown
  const offsets = offsetsOfRange(starts, current.getRangeAt(0))
  return offsets && offsets.end > offsets.start ? offsets : shown
}

/**
 * The small toolbar at a selection in the reader: highlight in one of six colours (keys 1–6), comment (Ctrl+Alt+M,
 * as in Word), tag (T). While an orphaned annotation is being re-attached it offers "Attach here" instead.
 */
export function SelectionToolbar({ documentId, selection, onDone }: SelectionToolbarProps) {
  const { t } = useTranslation()
  const { reattachingId } = useStore(annotationFocus)

  const finish = () => {
    document.getSelection()?.removeAllRanges()
    onDone()
  }
  const create = (color: AnnotationColor, then: 'comment' | 'tags' | null) => {
    const kept = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0).cloneRange() : null
    const reader = readerStore.get()
    if (reader.status !== 'open') return
    const { revision } = reader.detail
    const { start, end } = liveSpan(selection, blockStartOffsets(revision.blocks))
    // Keys typed before the editor's field is on screen are held for it, not lost.
    if (then) startTypeAhead()
    finish()
    const provisional = {
      documentId,
      revisionId: revision.id,
      text: revision.text,
      start,
      end,
      color,
      paragraphLabel: paragraphLabelAt(revision.blocks, blockStartOffsets(revision.blocks), start),
      author: settingsStore.get().authorName,
    }
    createAnnotationAtOnce({ documentId, start, end, color }, provisional, then, () => {
      stopTypeAhead()
      // Not stored: give the user their selection back so that they can try again.
      if (kept?.startContainer.isConnected) document.getSelection()?.addRange(kept)
    })
  }
  const attach = async () => {
    if (!reattachingId) return
    const { start, end } = selection
    finish()
    if (await attempt(() => reattachAnnotation(reattachingId, start, end))) setReattaching(null)
  }

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey) return
      const index = Number(event.key) - 1
      // A chord types nothing, so it works even while another field has focus (as in Word).
      if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 'm') {
        event.preventDefault()
        create('yellow', 'comment')
      } else if (typingInField(event.target) || event.ctrlKey || event.altKey) {
        return
      } else if (!reattachingId && index >= 0 && index < annotationColors.length) {
        event.preventDefault()
        create(annotationColors[index]!, null)
      } else if (!reattachingId && event.key.toLowerCase() === 't') {
        event.preventDefault()
        create('yellow', 'tags')
      } else if (event.key === 'Escape') {
        onDone()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  })

  const above = selection.rect.top > toolbarHeight + 8
  // Kept inside the window even when the selection runs past its edge (a long drag, or Shift+Ctrl+End).
  const position = {
    top: Math.max(
      8,
      Math.min(
        window.innerHeight - toolbarHeight - 8,
        above ? selection.rect.top - toolbarHeight - 4 : selection.rect.bottom + 4,
      ),
    ),
    left: Math.max(8, Math.min(window.innerWidth - 360, selection.rect.left)),
  }

  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t('annotations.toolbar.label')} style={position}>
      {reattachingId ? (
        <>
          <button type="button" className="button" onClick={() => void attach()}>
            {t('annotations.toolbar.attachHere')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setReattaching(null)}>
            {t('annotations.toolbar.cancelAttach')}
          </button>
        </>
      ) : (
        <>
          {annotationColors.map((color, index) => (
            <button
              key={color}
              type="button"
              className="color-button"
              aria-label={t('annotations.toolbar.highlight', { color: t(`annotations.colors.${color}`) })}
              aria-keyshortcuts={String(index + 1)}
              title={`${t('annotations.toolbar.highlight', { color: t(`annotations.colors.${color}`) })} (${index + 1})`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => create(color, null)}
            >
              <ColorSwatch color={color} />
            </button>
          ))}
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts="Control+Alt+M"
            title={t('annotations.toolbar.commentTitle')}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => create('yellow', 'comment')}
          >
            {t('annotations.toolbar.comment')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-keyshortcuts="T"
            title={t('annotations.toolbar.tagTitle')}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => create('yellow', 'tags')}
          >
            {t('annotations.toolbar.tag')}
          </button>
        </>
      )}
    </div>
  )
}
