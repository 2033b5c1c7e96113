import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentLanguage, DocumentSummary } from '@common/model/document'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { updateDocument } from '../../state/libraryStore'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { FormFooter } from '../../ui/FormFooter'
import { DocumentLanguageField } from '../../ui/DocumentLanguageField'

/** Rename a document and correct its language. */
export function EditDocumentDialog() {
  const { t } = useTranslation()
  const summary = useDialog('editDocument')?.summary ?? null
  const onClose = () => closeDialog('editDocument')
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
      <DocumentLanguageField label={t('library.edit.languageField')} value={language} onChange={setLanguage} />
      <p className="form__note">{t('library.edit.source', { name: summary.sourceName })}</p>
      <FormFooter
        error={error}
        cancelLabel={t('library.cancel')}
        submitLabel={t('library.edit.save')}
        onCancel={onDone}
      />
    </form>
  )
}
