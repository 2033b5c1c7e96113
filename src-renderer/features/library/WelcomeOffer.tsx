import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { openWelcomeDocument } from '../../state/documentImport'
import { errorMessage } from '../../ui/errorMessage'

/** On first run (an empty library): the welcome document, written to learn the app with. */
export function WelcomeOffer() {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const open = async () => {
    setBusy(true)
    setError(null)
    try {
      await openWelcomeDocument()
    } catch (failure) {
      setError(errorMessage(t, failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="empty-state welcome">
      <p className="empty-state__title">{t('library.welcome.title')}</p>
      <p className="empty-state__hint">{t('library.welcome.hint')}</p>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void open()}>
        {t('library.welcome.open')}
      </button>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
