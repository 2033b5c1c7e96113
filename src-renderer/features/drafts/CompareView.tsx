import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DraftComparison } from '@common/model/draft'
import { useStore } from '../../state/createStore'
import { changeCompare, loadComparison, type CompareRequest } from '../../state/draftCompare'
import { draftListStore } from '../../state/draftView'
import { errorMessage } from '../../ui/errorMessage'
import { typingInField } from '../../ui/typingInField'
import { changeNumber, stepChange } from './compareNavigation'
import { ComparedParagraphRow } from './ComparedParagraphRow'

/**
 * The whole document between two drafts, paragraph by paragraph, virtualised so that a 1 MB document opens at
 * once: only the rows in view are in the DOM. N / P (and J / K) jump to the next and previous change.
 */
export function CompareView({ request }: { request: CompareRequest }) {
  const { t } = useTranslation()
  const { documentId, fromDraft, toDraft } = request
  const drafts = useStore(draftListStore)
  const [comparison, setComparison] = useState<DraftComparison | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [current, setCurrent] = useState(-1)
  const scroller = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let live = true
    setComparison(null)
    setError(null)
    setCurrent(-1)
    loadComparison(documentId, fromDraft, toDraft).then(
      (answer) => live && setComparison(answer),
      (failure: unknown) => live && setError(errorMessage(t, failure)),
    )
    return () => {
      live = false
    }
  }, [documentId, fromDraft, toDraft, t])

  const paragraphs = comparison?.paragraphs ?? []
  const changes = comparison?.changes ?? []
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualiser re-renders us itself
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 72,
    overscan: 8,
  })

  const jump = (direction: 1 | -1) => {
    const next = stepChange(changes, current, direction)
    if (next === null) return
    setCurrent(next)
    virtualizer.scrollToIndex(next, { align: 'center' })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (typingInField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return
    const key = event.key.toLowerCase()
    if (key === 'n' || key === 'j') jump(1)
    else if (key === 'p' || key === 'k') jump(-1)
    else return
    event.preventDefault()
  }

  const numbers = drafts.documentId === documentId ? drafts.drafts.map((each) => each.number) : [fromDraft, toDraft]
  const position = changeNumber(changes, current)

  return (
    <div className="compare" onKeyDown={onKeyDown}>
      <div className="compare__bar">
        <label>
          <span>{t('drafts.compare.from')}</span>
          <select value={fromDraft} onChange={(event) => changeCompare(Number(event.target.value), toDraft)}>
            {numbers.map((number) => (
              <option key={number} value={number} disabled={number >= toDraft}>
                {t('drafts.compare.draftOption', { draft: number })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('drafts.compare.to')}</span>
          <select value={toDraft} onChange={(event) => changeCompare(fromDraft, Number(event.target.value))}>
            {numbers.map((number) => (
              <option key={number} value={number} disabled={number <= fromDraft}>
                {t('drafts.compare.draftOption', { draft: number })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={() => jump(-1)} disabled={!changes.length}>
          {t('drafts.compare.previous')}
        </button>
        <button type="button" className="button button--small" onClick={() => jump(1)} disabled={!changes.length}>
          {t('drafts.compare.next')}
        </button>
        <span role="status" className="compare__status">
          {!comparison
            ? error
              ? ''
              : t('drafts.compare.loading')
            : changes.length === 0
              ? t('drafts.compare.none')
              : position > 0
                ? t('drafts.compare.position', { current: position, count: changes.length })
                : t('drafts.compare.changes', { count: changes.length })}
        </span>
      </div>
      <p className="compare__keys">{t('drafts.compare.keys')}</p>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div
        ref={scroller}
        className="compare__list"
        role="region"
        tabIndex={0}
        data-autofocus
        aria-label={t('drafts.compare.listLabel', { from: fromDraft, to: toDraft })}
      >
        <div className="compare__inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="compare__item"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <ComparedParagraphRow paragraph={paragraphs[item.index]!} current={item.index === current} />
            </div>
          ))}
        </div>
      </div>
    </div>
  )
}
