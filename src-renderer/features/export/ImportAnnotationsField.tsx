import { useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { importAnnotationsFile } from '../../state/exportActions'
import { errorMessage } from '../../ui/errorMessage'

/** Merge a W3C Web Annotation file (ours or another tool's) into the open document, and say what happened. */
export function ImportAnnotationsField({ documentId }: { documentId: string }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    try {
      const report = await importAnnotationsFile(documentId, file)
      setMessage({ text: t('export.importReport', report), failed: false })
    } catch (failure) {
      setMessage({ text: errorMessage(t, failure), failed: true })
    }
  }

  return (
    <div className="form__field">
      <label className="form__field">
        <span>{t('export.importLabel')}</span>
        <input
          type="file"
          accept=".json,.jsonld,application/ld+json,application/json"
          onChange={(event) => void choose(event)}
        />
      </label>
      {message ? (
        <p className={message.failed ? 'form__error' : undefined} role={message.failed ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
