import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { importPastedText } from '../../state/documentImport'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { FormFooter } from '../../ui/FormFooter'

/** "New document from clipboard": paste text (Ctrl+V) into the box, give it a title if you like, and import it. */
export function ClipboardDialog() {
  const { t } = useTranslation()
  const onClose = () => closeDialog('clipboard')
  return (
    <Dialog title={t('importing.clipboard.title')} open={useDialog('clipboard') !== null} onClose={onClose}>
      <ClipboardForm onDone={onClose} />
    </Dialog>
  )
}

function ClipboardForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [title, setTitle] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!text.trim()) return setError(t('importing.clipboard.empty'))
    setBusy(true)
    try {
      await importPastedText(text, title.trim() ? { title: title.trim() } : {}, onDone)
    } catch (failure) {
      setError(errorMessage(t, failure))
      setBusy(false)
    }
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)}>
      <div className="form__field">
        <label htmlFor="clipboard-text">{t('importing.clipboard.textField')}</label>
        <textarea
          id="clipboard-text"
          className="clipboard__text"
          value={text}
          rows={12}
          data-autofocus
          aria-describedby="clipboard-hint"
          onChange={(event) => setText(event.target.value)}
        />
        <small id="clipboard-hint">{t('importing.clipboard.hint')}</small>
      </div>
      <label className="form__field">
        <span>{t('importing.clipboard.titleField')}</span>
        <input type="text" value={title} maxLength={1000} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <FormFooter
        error={error}
        cancelLabel={t('importing.cancel')}
        submitLabel={t('importing.clipboard.import')}
        onCancel={onDone}
        busy={busy}
      />
    </form>
  )
}
