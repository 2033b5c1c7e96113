import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { selectAnnotation } from '../../state/annotationSelection'
import { ColorSwatch } from './ColorSwatch'
import { excerpt } from '../../ui/excerpt'

type HighlightPickerProps = { choices: Annotation[]; x: number; y: number; onClose: () => void }

/** Where several highlights overlap, a click asks which one: a small menu, innermost first, driven by keyboard too. */
export function HighlightPicker({ choices, x, y, onClose }: HighlightPickerProps) {
  const { t } = useTranslation()
  const menu = useRef<HTMLDivElement>(null)
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [choices])

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLButtonElement)
    if (event.key === 'Escape') onClose()
    else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus()
    else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus()
    else return
    event.preventDefault()
  }

  return (
    <div
      ref={menu}
      className="highlight-picker"
      role="menu"
      aria-label={t('annotations.picker.label')}
      style={{ top: y + 8, left: x }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!menu.current?.contains(event.relatedTarget as Node)) onClose()
      }}
    >
      {choices.map((annotation) => (
        <button
          key={annotation.id}
          type="button"
          role="menuitem"
          className="highlight-picker__item"
          onClick={() => {
            selectAnnotation(annotation.id, { editing: 'thread', focusCard: true })
            onClose()
          }}
        >
          <ColorSwatch color={annotation.color} />
          {t('annotations.picker.item', {
            color: t(`annotations.colors.${annotation.color}`),
            quote: excerpt(annotation, 60),
          })}
        </button>
      ))}
    </div>
  )
}
