import { memo, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OutlineEntry } from './outline'

type OutlinePanelProps = { entries: readonly OutlineEntry[]; onJump: (blockIndex: number) => void }

/** The document's headings as links to jump through it; drawn again only when they or `onJump` change. */
export const OutlinePanel = memo(function OutlinePanel({ entries, onJump }: OutlinePanelProps) {
  const { t } = useTranslation()
  const minimumLevel = Math.min(...entries.map((entry) => entry.level))
  // A long text's outline has hundreds of headings: they are listed just after the text's first screen is painted,
  // not before it.
  const [listed, setListed] = useState(false)
  useEffect(() => {
    let timer = 0
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setListed(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return (
    <nav className="outline" aria-label={t('reader.outline.title')}>
      <h3 className="outline__heading">{t('reader.outline.title')}</h3>
      {!listed ? null : entries.length === 0 ? (
        <p className="outline__empty">{t('reader.outline.empty')}</p>
      ) : (
        <ol className="outline__list">
          {entries.map((entry) => (
            <li key={entry.blockIndex} data-level={Math.min(entry.level - minimumLevel + 1, 4)}>
              <button type="button" className="outline__link" onClick={() => onJump(entry.blockIndex)}>
                {entry.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  )
})
