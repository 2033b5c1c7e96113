import { useEffect, useRef, type ReactNode } from 'react'

type DialogProps = {
  title: string
  open: boolean
  onClose: () => void
  children: ReactNode
}

/**
 * A modal dialog on the native <dialog> element: focus is trapped and Escape closes it. Opening a modal dialog
 * moves focus to its first focusable control, which would override React's autoFocus (applied while the dialog is
 * still hidden); so the control marked `data-autofocus` gets focus once the dialog is shown, else its first control,
 * else the dialog itself: focus is always inside, so Tab never leaves it.
 */
export function Dialog({ title, open, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      const first =
        dialog.querySelector<HTMLElement>('[data-autofocus]') ??
        dialog.querySelector<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])')
      ;(first ?? dialog).focus()
    }
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog ref={ref} className="dialog" aria-label={title} tabIndex={-1} onClose={onClose} onCancel={onClose}>
      <h2 className="dialog__title">{title}</h2>
      {open ? children : null}
    </dialog>
  )
}
