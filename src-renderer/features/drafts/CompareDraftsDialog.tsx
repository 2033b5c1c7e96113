import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { closeCompare, draftCompareStore } from '../../state/draftCompare'
import { Dialog } from '../../ui/Dialog'
import { CompareView } from './CompareView'

/** The compare view in a large dialog over the reader: any two drafts of the open document. */
export function CompareDraftsDialog() {
  const { t } = useTranslation()
  const request = useStore(draftCompareStore)
  return (
    <Dialog
      title={request ? t('drafts.compare.title', { title: request.title }) : t('drafts.actions.compare')}
      open={request !== null}
      onClose={closeCompare}
    >
      {request ? <CompareView request={request} /> : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={closeCompare}>
          {t('drafts.compare.close')}
        </button>
      </div>
    </Dialog>
  )
}
