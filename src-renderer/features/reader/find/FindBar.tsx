import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReaderView } from '../readerView'
import { useFind } from './useFind'

type FindBarProps = {
  view: ReaderView | null
  /** Changes each time the user asks to find (Ctrl+F, the menu): the field takes focus again. */
  focusRequest: number
  onClose: () => void
}

/**
 * Find in document: ignores case, and diacritics (đ too) unless "Match diacritics" is on, as in library search;
 * Enter for next, Shift+Enter for previous, Escape closes.
 */
export function FindBar({ view, focusRequest, onClose }: FindBarProps) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [matchDiacritics, setMatchDiacritics] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const find = useFind(view)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [focusRequest])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      if (event.shiftKey) find.previous()
      else find.next()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    }
  }

  // A long text's find starts once all of it has arrived: what was typed meanwhile is looked for then.
  const ready = view !== null
  useEffect(() => {
    if (ready && query) find.search(query, matchDiacritics)
    // Only the arrival of the text starts a search here; typing starts its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready])

  const status = !query.trim()
    ? ''
    : !ready
      ? t('reader.find.waiting')
      : find.count === 0
        ? t('reader.find.noMatches')
        : t('reader.find.position', { current: find.current, count: find.count })

  return (
    <div role="search" className="find-bar" aria-label={t('reader.find.region')}>
      <input
        ref={input}
        type="search"
        className="find-bar__input"
        aria-label={t('reader.find.label')}
        placeholder={t('reader.find.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          find.search(event.target.value, matchDiacritics)
        }}
        onKeyDown={onKeyDown}
      />
      <label className="find-bar__option">
        <input
          type="checkbox"
          checked={matchDiacritics}
          onChange={(event) => {
            setMatchDiacritics(event.target.checked)
            find.search(query, event.target.checked)
          }}
        />
        {t('reader.find.matchDiacritics')}
      </label>
      <span className="find-bar__status" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="button button--quiet" onClick={find.previous} disabled={find.count === 0}>
        {t('reader.find.previous')}
      </button>
      <button type="button" className="button button--quiet" onClick={find.next} disabled={find.count === 0}>
        {t('reader.find.next')}
      </button>
      <button type="button" className="button button--quiet" onClick={onClose} aria-label={t('reader.find.close')}>
        ×
      </button>
    </div>
  )
}
