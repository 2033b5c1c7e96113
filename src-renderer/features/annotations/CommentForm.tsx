import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { takeTypeAhead } from '../../state/typeAhead'

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
  const submit = async (text = body) => {
    if (!text.trim() || busy) return
    setBusy(true)
    const saved = await onSubmit(text)
    setBusy(false)
    if (saved) setBody('')
  }

  // Before paint: what the user typed while the box was opening goes in, and the caret after it.
  useLayoutEffect(() => {
    const element = field.current
    if (!autoFocus || !element) return
    const typed = takeTypeAhead()
    if (typed.text) {
      element.value = initial + typed.text
      setBody(element.value)
    }
    element.focus()
    element.setSelectionRange(element.value.length, element.value.length)
    if (typed.submit) void submit(element.value)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when asked to take the caret
  }, [autoFocus])

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
