import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../ui/EmptyState'

/** Every annotation of the open document, in reading order. */
export function AnnotationPanel() {
  const { t } = useTranslation()
  return (
    <>
      <h2 className="pane__heading">{t('shell.panes.annotations')}</h2>
      <EmptyState title={t('shell.empty.annotationsTitle')} hint={t('shell.empty.annotationsHint')} />
    </>
  )
}
