import { memo, type KeyboardEvent } from 'react'
import type { Annotation } from '@common/model/annotation'
import { AnnotationCard } from './AnnotationCard'

type AnnotationListItemProps = {
  annotation: Annotation
  index: number
  /** How many cards the list shows (read by screen readers as "n of N"). */
  setSize: number
  /** Where the card starts in the list, in pixels (the virtualiser's layout). */
  start: number
  selected: boolean
  expanded: boolean
  /** The virtualiser's measuring ref: the card's real height replaces the estimate once it is drawn. */
  measure: (element: Element | null) => void
  /** Keys on a card, with the card's place in the list; stable for the list's lifetime. */
  onCardKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void
  /** Keeps the card's button, to focus it; stable for the list's lifetime. */
  registerButton: (id: string, element: HTMLButtonElement | null) => void
}

/**
 * One drawn card of the virtual list. Memoised on plain props: when the list re-renders (scrolling, a filter, a
 * card measured) only cards whose place, selection or annotation changed render again, not every card in view.
 */
export const AnnotationListItem = memo(function AnnotationListItem({
  annotation,
  index,
  setSize,
  start,
  selected,
  expanded,
  measure,
  onCardKeyDown,
  registerButton,
}: AnnotationListItemProps) {
  return (
    <li
      data-index={index}
      ref={measure}
      className="annotation-list__item"
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${start}px)` }}
    >
      <AnnotationCard
        ref={(element) => registerButton(annotation.id, element)}
        annotation={annotation}
        selected={selected}
        expanded={expanded}
        onKeyDown={(event) => onCardKeyDown(event, index)}
      />
    </li>
  )
})
