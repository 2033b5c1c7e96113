import { useEffect, useState, type FormEvent } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { TeamSyncStatus } from '@common/model/teamServer'
import { followTeamSync, saveTeamServerAndSync, teamServerSettings, teamSyncStatus } from '../../state/teamActions'
import { errorMessage } from '../../ui/errorMessage'

/** "synced 2 min ago", "offline, 14 changes waiting", or the error to fix, in the user's language. */
function describeStatus(t: TFunction, status: TeamSyncStatus): string {
  if (status.state === 'off') return t('team.syncOff')
  if (status.state === 'synced') {
    const minutes = Math.floor((Date.now() - Date.parse(status.at)) / 60_000)
    return minutes < 1 ? t('team.syncedNow') : t('team.syncedAgo', { count: minutes })
  }
  if (status.state === 'offline') return t('team.offlineWaiting', { count: status.waiting })
  return `${t(`errors.${status.code}`)} ${t('team.waiting', { count: status.waiting })}`
}

/** The team's CouchDB server: address, database, user and password, the sync status, and "Sync now". */
export function TeamServerSection() {
  const { t } = useTranslation()
  const [fields, setFields] = useState({ address: '', database: '', user: '', password: '' })
  const [status, setStatus] = useState<TeamSyncStatus>({ state: 'off' })
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void teamServerSettings().then((server) => {
      if (server) setFields((current) => ({ ...current, ...server }))
    })
    void teamSyncStatus().then(setStatus)
    return followTeamSync(setStatus)
  }, [])

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      setStatus(await saveTeamServerAndSync(fields))
    } catch (failure) {
      setError(errorMessage(t, failure))
    }
  }
  const field = (name: keyof typeof fields, type = 'text') => (
    <label className="form__field">
      <span>{t(`team.server.${name}`)}</span>
      <input
        type={type}
        value={fields[name]}
        autoComplete="off"
        onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
      />
    </label>
  )

  return (
    <form className="form team-server" aria-label={t('team.server.title')} onSubmit={(event) => void save(event)}>
      <h3>{t('team.server.title')}</h3>
      {field('address', 'url')}
      {field('database')}
      {field('user')}
      {field('password', 'password')}
      <p role="status">{describeStatus(t, status)}</p>
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button">
          {t('team.server.saveAndSync')}
        </button>
      </div>
    </form>
  )
}
