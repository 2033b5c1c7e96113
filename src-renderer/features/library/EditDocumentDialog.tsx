import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { documentLanguages, type DocumentLanguage, type DocumentSummary } from '@common/model/document'
import { updateDocument } from '../../state/libraryStore'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'

/** Rename a document and correct its language. */
export function EditDocumentDialog({ summary, onClose }: { summary: DocumentSummary | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('library.edit.title')} open={summary !== null} onClose={onClose}>
      {summary ? <EditForm key={summary.id} summary={summary} onDone={onClose} /> : null}
    </Dialog>
  )
}

function EditForm({ summary, onDone }: { summary: DocumentSummary; onDone: () => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(summary.title)
  const [language, setLanguage] = useState<DocumentLanguage>(summary.language)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = title.trim()
    if (!trimmed) return setError(t('library.edit.titleRequired'))
    try {
      await updateDocument(summary.id, { title: trimmed, language })
      onDone()
    } catch (failure) {
      setError(errorMessage(t, failure))
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <label className="form__field">
        <span>{t('library.edit.titleField')}</span>
        <input type="text" value={title} maxLength={1000} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="form__field">
        <span>{t('library.edit.languageField')}</span>
        <select value={language} onChange={(event) => setLanguage(event.target.value as DocumentLanguage)}>
          {documentLanguages.map((code) => (
            <option key={code} value={code}>
              {t(`library.languages.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="form__note">{t('library.edit.source', { name: summary.sourceName })}</p>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('library.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('library.edit.save')}
        </button>
      </div>
    </form>
  )
}
