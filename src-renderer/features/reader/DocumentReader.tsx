import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentDetail } from '@common/api/documentsApi'
import type { Annotation } from '@common/model/annotation'
import { blockIndexAt, blockStartOffsets } from '@common/text/canonicalText'
import { onMainEvent } from '../../api/client'
import { ReaderEditor } from '../../editor/ReaderEditor'
import type { WindowedRenderer } from '../../editor/windowedRenderer'
import { AnnotationLayer, type AnnotationSurface } from '../annotations/AnnotationLayer'
import { ChangedMarkers } from '../drafts/ChangedMarkers'
import { DraftTools, ReadOnlyBanner } from '../drafts/DraftTools'
import { FindBar } from './find/FindBar'
import { useOutline } from './outline'
import { OutlinePanel } from './OutlinePanel'
import { showBlock, type DrawnReader, type ReaderView } from './readerView'
import { useCaretBrowsing } from './useCaretBrowsing'
import { useCopyWholeSelection } from './useCopyWholeSelection'
import { useReadingPosition } from './useReadingPosition'
import { useZoomKeepingPlace } from './useZoomKeepingPlace'
import { hasPendingReveal, useReveal } from './useReveal'
import { stepZoom } from './zoom'
import { typingInField } from '../../ui/typingInField'

/** An earlier draft shown read-only: its number and its annotations where they were in it. */
export type ReadOnlyDraft = { draft: number; annotations: readonly Annotation[] }

type DocumentReaderProps = {
  detail: DocumentDetail
  readOnly?: ReadOnlyDraft
  /** Only the first screen's text has arrived (the rest are stand-ins): draw, but let no tool read the text yet. */
  partial?: boolean
}

/**
 * One open document: its text drawn by Lexical, with outline, find, text size, and the reading position kept. With
 * `readOnly`, an earlier draft: its annotations as they were, nothing can be highlighted, no position is saved.
 */
export function DocumentReader({ detail, readOnly, partial = false }: DocumentReaderProps) {
  const { t } = useTranslation()
  const { summary, revision, readingPosition } = detail
  const documentId = summary.id
  const container = useRef<HTMLDivElement>(null)
  const [drawn, setDrawn] = useState<DrawnReader | null>(null)
  const [find, setFind] = useState({ open: false, focus: 0 })
  const [outlineOpen, setOutlineOpen] = useState(true)
  const starts = useMemo(() => blockStartOffsets(revision.blocks), [revision.blocks])
  const outline = useOutline(revision.blocks)
  const hasOutline = outline.length > 0

  // The first window is drawn where the user left off (the rest of the text may still be on its way).
  const [startBlock] = useState(() =>
    readingPosition && !readOnly && !hasPendingReveal(documentId) ? blockIndexAt(starts, readingPosition.offset) : 0,
  )

  const onRenderer = useCallback((renderer: WindowedRenderer | null, root: HTMLElement | null) => {
    setDrawn(renderer && root && container.current ? { renderer, root, container: container.current } : null)
  }, [])
  // The tools (find, copy, reveal, annotations, position) get the reader once every block's text is there.
  const view = useMemo<ReaderView | null>(
    () => (drawn && !partial ? { ...drawn, documentId, blocks: revision.blocks, text: revision.text, starts } : null),
    [drawn, partial, documentId, revision, starts],
  )

  // Annotations paint over the drawn blocks; the layer follows the reader, never the other way round.
  const surface = useMemo<AnnotationSurface | null>(
    () => (view ? { documentId: view.documentId, starts: view.starts, root: view.root } : null),
    [view],
  )

  // The outline needs only what is drawn, not the whole text: a heading clicked while the rest of a long text
  // arrives is shown at once, and the outline is not drawn again when the text is in.
  const jumpTo = useCallback(
    (index: number) => {
      if (drawn) showBlock(drawn, index, 'top')
    },
    [drawn],
  )

  const [zoom, setZoom] = useZoomKeepingPlace(view, readingPosition?.zoom ?? 1)
  useReadingPosition(readOnly ? null : view, readingPosition, zoom, () => hasPendingReveal(documentId))
  useReveal(view)
  const caretBrowsing = useCaretBrowsing(view)
  useCopyWholeSelection(view)

  const openFind = useCallback(() => setFind((current) => ({ open: true, focus: current.focus + 1 })), [])

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        openFind()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    const stopCommands = onMainEvent('app.didRequestCommand', ({ command }) => {
      if (command === 'findInDocument') openFind()
    })
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      stopCommands()
    }
  }, [openFind])

  // The reader takes focus once it is ready, unless the user is already typing somewhere (find, a comment): a long
  // text becomes ready a moment after it is drawn, and taking focus then would swallow what they type.
  useEffect(() => {
    if (view && !typingInField(document.activeElement)) view.container.focus({ preventScroll: true })
  }, [view])

  const onReaderKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return
    if (event.key === '=' || event.key === '+') setZoom((value) => stepZoom(value, 1))
    else if (event.key === '-') setZoom((value) => stepZoom(value, -1))
    else if (event.key === '0') setZoom(() => 1)
    else return
    event.preventDefault()
  }

  const zoomStyle = { '--reader-zoom': String(zoom) } as CSSProperties

  return (
    <div className="reader" onKeyDown={onReaderKeyDown}>
      <header className="reader__bar">
        <h2 className="reader__title">{summary.title}</h2>
        <div className="reader__tools">
          {hasOutline ? (
            <button
              type="button"
              className="button button--quiet"
              aria-pressed={outlineOpen}
              onClick={() => setOutlineOpen((open) => !open)}
            >
              {t('reader.outline.toggle')}
            </button>
          ) : null}
          <button type="button" className="button button--quiet" onClick={openFind}>
            {t('reader.find.open')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={caretBrowsing.on}
            aria-keyshortcuts="F7"
            title={t('reader.caret.description')}
            onClick={caretBrowsing.toggle}
          >
            {t('reader.caret.toggle')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('reader.zoom.smaller')}
            onClick={() => setZoom((value) => stepZoom(value, -1))}
          >
            A−
          </button>
          <button
            type="button"
            className="button button--quiet reader__zoom-value"
            aria-label={t('reader.zoom.reset', { percent: Math.round(zoom * 100) })}
            onClick={() => setZoom(() => 1)}
          >
            {Math.round(zoom * 100)}%
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('reader.zoom.larger')}
            onClick={() => setZoom((value) => stepZoom(value, 1))}
          >
            A+
          </button>
        </div>
      </header>
      <DraftTools summary={summary} shownDraft={readOnly?.draft ?? null} />
      {readOnly ? <ReadOnlyBanner draft={readOnly.draft} count={summary.revisionCount} /> : null}
      {find.open ? (
        <FindBar
          view={view}
          focusRequest={find.focus}
          onClose={() => setFind((current) => ({ ...current, open: false }))}
        />
      ) : null}
      <div className="reader__body">
        {hasOutline && outlineOpen ? <OutlinePanel entries={outline} onJump={jumpTo} /> : null}
        <div
          ref={container}
          className="reader__scroll"
          tabIndex={0}
          role="region"
          aria-label={t('reader.textRegion', { title: summary.title })}
          // Busy while the rest of a long text arrives: a screen reader waits rather than reading placeholders.
          aria-busy={partial}
          aria-description={t('reader.caret.description')}
          style={zoomStyle}
        >
          <article className="reader__page" lang={summary.language === 'und' ? undefined : summary.language}>
            <ReaderEditor
              blocks={revision.blocks}
              startBlock={startBlock}
              label={summary.title}
              scrollContainer={container}
              onRenderer={onRenderer}
            />
          </article>
        </div>
      </div>
      <p className="reader__status" role="status">
        {caretBrowsing.on ? t('reader.caret.on') : ''}
      </p>
      {caretBrowsing.caret ? <span className="reader__caret" aria-hidden="true" style={caretBrowsing.caret} /> : null}
      <AnnotationLayer surface={surface} fixedAnnotations={readOnly?.annotations} />
      <ChangedMarkers surface={readOnly ? null : surface} />
    </div>
  )
}
