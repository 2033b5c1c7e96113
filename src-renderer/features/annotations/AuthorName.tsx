import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { useMyAuthorId } from '../../state/teamIdentity'
import { authorHue, authorKey } from './authorColor'

/**
 * An author's name with their own colour: a round badge with their initial in a hue fixed by their author id, and
 * "(you)" after this library's own user. Used on cards and replies.
 */
export function AuthorName({ name, authorId }: { name: string; authorId: string | null | undefined }) {
  const { t } = useTranslation()
  const mine = authorKey(authorId, useMyAuthorId()) === ''
  const shown = name || t('annotations.card.noAuthor')
  const initial = [...shown.trim()][0]?.toLocaleUpperCase() ?? '?'
  return (
    <span className={mine ? 'author author--you' : 'author'}>
      {/* The initial is drawn by CSS (data-initial), so the name reads and copies as the name alone. */}
      <span
        className="author__badge"
        aria-hidden="true"
        data-initial={initial}
        style={{ '--author-hue': authorHue(mine ? '' : authorId!) } as CSSProperties}
      />
      <span className="author__name">{mine ? t('annotations.author.you', { name: shown }) : shown}</span>
    </span>
  )
}
