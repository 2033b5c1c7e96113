import { useTranslation } from 'react-i18next'
import { useStore } from '../../state/createStore'
import { dismissNotice, noticesStore } from '../../state/noticesStore'

/** Notices from main that the user must read (a restored library, for instance), until dismissed. */
export function NoticeBar() {
  const { t } = useTranslation()
  const notices = useStore(noticesStore)
  if (notices.length === 0) return null
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <div key={`${notice.code}-${index}`} className="notice" role="alert">
          <span>{t(`shell.notices.${notice.code}`, { ...notice.params, defaultValue: notice.code })}</span>
          <button type="button" className="button button--quiet" onClick={() => dismissNotice(notice)}>
            {t('shell.actions.dismiss')}
          </button>
        </div>
      ))}
    </div>
  )
}
