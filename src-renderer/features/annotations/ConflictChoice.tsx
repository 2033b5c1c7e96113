import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Annotation } from '@common/model/annotation'
import { keepConflictVersion } from '../../state/teamActions'
import { errorMessage } from '../../ui/errorMessage'

/**
 * An annotation colleagues disagree about: every version side by side (colour, passage, who), or who deleted it,
 * each with "Keep this one". Keeping one closes the others here and, after the next exchange, for colleagues.
 */
export function ConflictChoice({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const conflict = annotation.conflict
  if (!conflict) return null
  const keep = async (rev: string) => {
    setError(null)
    try {
      await keepConflictVersion(annotation.id, rev)
    } catch (failure) {
      setError(errorMessage(t, failure))
    }
  }
  return (
    <section className="card__conflict" aria-label={t('team.conflictTitle')}>
      <p className="card__conflict-title">{t('team.conflictTitle')}</p>
      <ul className="card__conflict-versions">
        {conflict.versions.map((version) => (
          <li key={version.rev} className="card__conflict-version">
            <span className="card__conflict-who">
              {version.deleted ? t('team.deletedBy', { name: version.by }) : t('team.versionBy', { name: version.by })}
              {version.winner ? ` · ${t('team.shownNow')}` : ''}
            </span>
            {!version.deleted ? (
              <span className="card__conflict-what">
                {t(`annotations.colors.${version.color ?? 'yellow'}`)} · {version.exact}
              </span>
            ) : null}
            <button type="button" className="button button--small" onClick={() => void keep(version.rev)}>
              {t('team.keepThis')}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
