import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { selectAnnotation } from '../../state/annotationSelection'
import { ColorSwatch } from './ColorSwatch'
import { excerpt } from '../../ui/excerpt'
import { PopupMenu } from '../../ui/PopupMenu'

type HighlightPickerProps = { choices: Annotation[]; x: number; y: number; onClose: () => void }

/** Where several highlights overlap, a click asks which one: a small menu, innermost first, driven by keyboard too. */
export function HighlightPicker({ choices, x, y, onClose }: HighlightPickerProps) {
  const { t } = useTranslation()
  return (
    <PopupMenu label={t('annotations.picker.label')} className="highlight-picker" x={x} y={y + 8} onClose={onClose}>
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
    </PopupMenu>
  )
}
