import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { annotationFocus, flashAnnotation, selectAnnotation } from '../../state/annotationSelection'
import { useStore } from '../../state/createStore'
import { renderKey, sameAnnotation } from '../../state/pendingAnnotations'
import { revealPassage } from '../../state/readerNavigation'
import { AnnotationListItem } from './AnnotationListItem'

/** A card's height before it is drawn and measured (most cards: head, two lines of quote, meta). */
const estimatedCardHeight = () => 104

/**
 * The cards in reading order, virtualised: only the cards in view (plus a few) are in the DOM, so 10,000
 * annotations render as fast as 20. ↑/↓ move between cards, Home/End jump, Enter/Space open the thread.
 * Every option given to the virtualiser keeps its identity between renders: a new `getItemKey` makes it lay out
 * all cards again (20,000 of them) on every scroll step and every card measured. Memoised: a filter being typed
 * redraws the filter bar first and the list only when its cards change.
 */
export const AnnotationList = memo(function AnnotationList({ annotations }: { annotations: readonly Annotation[] }) {
  const { t } = useTranslation()
  const focus = useStore(annotationFocus)
  const scroller = useRef<HTMLDivElement>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const getScrollElement = useCallback(() => scroller.current, [])
  // A highlight still being stored keeps its card when main answers with the stored id.
  const getItemKey = useCallback(
    (index: number) => {
      const id = annotations[index]?.id
      return id ? renderKey(id) : index
    },
    [annotations],
  )
  const virtualizer = useVirtualizer({
    count: annotations.length,
    getScrollElement,
    estimateSize: estimatedCardHeight,
    // Cards beyond the window are drawn ahead so scrolling shows no gap; each is a mount on every scroll step.
    overscan: 3,
    // Cards measured in one frame are re-laid out in one render: with 20,000 cards each layout walks them all.
    useFlushSync: false,
    getItemKey,
  })

  const selectedIndex = useMemo(
    () => (focus.selectedId === null ? -1 : annotations.findIndex((each) => sameAnnotation(each.id, focus.selectedId))),
    [annotations, focus.selectedId],
  )
  useEffect(() => {
    if (selectedIndex < 0) return
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
    if (focus.focusSerial === 0) return
    const id = annotations[selectedIndex]?.id
    // The card may only exist after the virtualiser has scrolled and rendered it.
    const frame = requestAnimationFrame(() => {
      const button = id ? buttons.current.get(id) : undefined
      // An editor opened on the card (comment, tags) has taken the caret itself: leave it there.
      if (!button || button.closest('.card')?.contains(document.activeElement)) return
      button.focus({ preventScroll: true })
    })
    return () => cancelAnimationFrame(frame)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- focus only when asked (focusSerial) or selection moves
  }, [focus.focusSerial, focus.selectedId])

  const registerButton = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(id, element)
    else buttons.current.delete(id)
  }, [])

  const move = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      // Alt+↓ / Alt+↑ step once, window-wide (useAnnotationShortcuts); stepping here too would skip every other card.
      if (event.altKey || event.ctrlKey || event.metaKey) return
      let next = index
      if (event.key === 'ArrowDown') next = index + 1
      else if (event.key === 'ArrowUp') next = index - 1
      else if (event.key === 'Home') next = 0
      else if (event.key === 'End') next = annotations.length - 1
      else if (event.key === 'Escape' && focus.editing) {
        event.preventDefault()
        return selectAnnotation(annotations[index]?.id ?? null, { editing: null })
      } else return
      event.preventDefault()
      const target = annotations[Math.max(0, Math.min(annotations.length - 1, next))]
      if (!target) return
      selectAnnotation(target.id, { focusCard: true })
      if (target.anchorStatus === 'anchored') {
        revealPassage(target.documentId, target.target.start, target.target.end)
        flashAnnotation(target.id)
      }
    },
    [annotations, focus.editing],
  )

  if (annotations.length === 0) {
    return <p className="annotation-list__empty">{t('annotations.list.empty')}</p>
  }

  return (
    <div ref={scroller} className="annotation-list" role="region" aria-label={t('annotations.list.label')}>
      <ul className="annotation-list__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const annotation = annotations[item.index]!
          const selected = sameAnnotation(annotation.id, focus.selectedId)
          return (
            <AnnotationListItem
              key={item.key}
              annotation={annotation}
              index={item.index}
              setSize={annotations.length}
              start={item.start}
              selected={selected}
              expanded={selected && focus.editing !== null}
              measure={virtualizer.measureElement}
              onCardKeyDown={move}
              registerButton={registerButton}
            />
          )
        })}
      </ul>
    </div>
  )
})
