import { useTranslation } from 'react-i18next'
import { annotationColors, type AnnotationColor } from '@common/model/annotation'
import { reattachAnnotation } from '../../state/annotationActions'
import { annotationFocus, setReattaching } from '../../state/annotationSelection'
import { attempt } from '../../state/annotationMessages'
import { useStore } from '../../state/createStore'
import { annotateSelection } from './annotateSelection'
import { ColorSwatch } from './ColorSwatch'
import type { TextSelection } from './useTextSelection'

type SelectionToolbarProps = {
  documentId: string
  root: HTMLElement
  selection: TextSelection
  onDone: () => void
}

const toolbarHeight = 44

/**
 * The small toolbar at a selection in the reader: highlight in one of six colours, comment, tag; its keys (1–6,
 * Ctrl+Alt+M, T) are the reader's, in useSelectionKeys. While an orphaned annotation is being re-attached it offers
 * "Attach here" instead.
 */
export function SelectionToolbar({ documentId, root, selection, onDone }: SelectionToolbarProps) {
  const { t } = useTranslation()
  const { reattachingId } = useStore(annotationFocus)

  const create = (color: AnnotationColor, then: 'comment' | 'tags' | null) => {
    if (annotateSelection(documentId, root, selection, color, then)) onDone()
  }
  const attach = async () => {
    if (!reattachingId) return
    const { start, end } = selection
    document.getSelection()?.removeAllRanges()
    onDone()
    if (await attempt(() => reattachAnnotation(reattachingId, start, end))) setReattaching(null)
  }

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
