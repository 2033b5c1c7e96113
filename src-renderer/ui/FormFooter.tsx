type FormFooterProps = {
  /** A message to show above the buttons (already in the user's language), or null. */
  error: string | null
  cancelLabel: string
  submitLabel: string
  onCancel: () => void
  /** Disables the submit button while the form's work is under way. */
  busy?: boolean
}

/** The end of every dialog form: the error, if any, then Cancel and the submit button. */
export function FormFooter({ error, cancelLabel, submitLabel, onCancel, busy = false }: FormFooterProps) {
  return (
    <>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  )
}
