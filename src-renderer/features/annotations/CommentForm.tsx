import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Resolves true when the text was saved (the box is then cleared). */
type Saved = Promise<boolean>

type CommentFormProps = {
  /** Accessible name of the text box (stable: "Comment", "Reply"). */
  label: string
  submitLabel: string
  initial?: string
  autoFocus?: boolean
  onSubmit: (body: string) => Saved
  onCancel?: () => void
}

/** A text box for a comment or reply; Ctrl+Enter saves, Escape cancels. The text stays if saving fails. */
export function CommentForm({ label, submitLabel, initial = '', autoFocus, onSubmit, onCancel }: CommentFormProps) {
  const { t } = useTranslation()
  const [body, setBody] = useState(initial)
  const [busy, setBusy] = useState(false)
  const field = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (autoFocus) field.current?.focus()
  }, [autoFocus])

  const submit = async () => {
    if (!body.trim() || busy) return
    setBusy(true)
    const saved = await onSubmit(body)
    setBusy(false)
    if (saved) setBody('')
  }

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <textarea
        ref={field}
        className="comment-form__field"
        aria-label={label}
        title={t('annotations.thread.markdownHint')}
        value={body}
        rows={3}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            void submit()
          } else if (event.key === 'Escape' && onCancel) {
            event.preventDefault()
            onCancel()
          }
        }}
      />
      <div className="comment-form__actions">
        <button type="submit" className="button" disabled={busy || !body.trim()}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('annotations.thread.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
