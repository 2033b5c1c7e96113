import { useTranslation } from 'react-i18next'
import type { TeamMergeReport } from '@common/model/team'
import { useStore } from '../../state/createStore'
import { closeTeamExchange, teamExchangeStore } from '../../state/teamExchange'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'

/** After "Export for colleagues…" or "Import from a colleague…": the file written, or what arrived per colleague. */
export function TeamExchangeDialog() {
  const { t } = useTranslation()
  const state = useStore(teamExchangeStore)
  return (
    <Dialog
      title={t('team.reportTitle')}
      open={state.status !== 'closed' && state.status !== 'working'}
      onClose={closeTeamExchange}
    >
      <div className="team-report">
        {state.status === 'exported' ? <p role="status">{t('team.exported', { name: state.fileName })}</p> : null}
        {state.status === 'failed' ? (
          <p className="form__error" role="alert">
            {errorMessage(t, state.error)}
          </p>
        ) : null}
        {state.status === 'merged' ? <MergeReport report={state.report} /> : null}
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={closeTeamExchange}>
            {t('team.close')}
          </button>
        </div>
      </div>
    </Dialog>
  )
}

function MergeReport({ report }: { report: TeamMergeReport }) {
  const { t } = useTranslation()
  return (
    <>
      <p>{t('team.reportDocument', { title: report.documentTitle })}</p>
      {report.documentCreated ? <p className="form__note">{t('team.reportDocumentCreated')}</p> : null}
      {report.colleagues.length === 0 ? (
        <p role="status">{t('team.reportNothing')}</p>
      ) : (
        <ul className="team-report__colleagues" role="status">
          {report.colleagues.map((colleague) => (
            <li key={colleague.authorId}>
              {t('team.reportColleague', {
                ...colleague,
                name: colleague.name || t('team.unnamedColleague'),
                conflicts: t('team.conflictCount', { count: colleague.conflicts }),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
