import { Fragment } from 'react'

/** One answer the user may give: the button's label and what it does; `quiet` for the one that changes nothing. */
type Choice = { label: string; onChoose: () => void; quiet?: boolean }

type ChoiceLineProps = {
  message: string
  choices: Choice[]
  className?: string
  /** `status` where the line appears by itself and screen readers should hear it. */
  role?: 'status'
}

/** A sentence followed by the buttons that answer it: "A study card uses the old text. [Update cards] [Keep]". */
export function ChoiceLine({ message, choices, className, role }: ChoiceLineProps) {
  return (
    <p className={className} role={role}>
      <span>{message}</span>
      {choices.map((choice) => (
        <Fragment key={choice.label}>
          {' '}
          <button type="button" className={choice.quiet ? 'button button--quiet' : 'button'} onClick={choice.onChoose}>
            {choice.label}
          </button>
        </Fragment>
      ))}
    </p>
  )
}
