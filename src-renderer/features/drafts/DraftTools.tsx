import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentSummary } from '@common/model/document'
import { attempt } from '../../state/annotationMessages'
import { useStore } from '../../state/createStore'
import { openCompare } from '../../state/draftCompare'
import { requestDraftImport } from '../../state/draftImport'
import { openDraftReport } from '../../state/draftReport'
import { draftListStore, leaveDraftView, loadDraftList, showDraft } from '../../state/draftView'

type DraftToolsProps = {
  summary: DocumentSummary
  /** The earlier draft shown read-only, or null when the reader shows the newest. */
  shownDraft: number | null
}

/**
 * The reader's draft tools: "Import new draft…", and for a document with several drafts the draft switcher, the
 * report of the draft shown, and the compare view (the shown draft against the one before it).
 */
export function DraftTools({ summary, shownDraft }: DraftToolsProps) {
  const { t } = useTranslation()
  const list = useStore(draftListStore)
  const documentId = summary.id
  const newest = summary.revisionCount

  useEffect(() => {
    if (newest > 1) void loadDraftList(documentId).catch(() => undefined)
  }, [documentId, newest])

  const drafts = list.documentId === documentId ? list.drafts : []
  const shown = shownDraft ?? newest
  const shownSummary = drafts.find((each) => each.number === shown)

  return (
    <div className="draft-tools" role="group" aria-label={t('drafts.actions.menu')}>
      <button
        type="button"
        className="button button--small button--quiet"
        title={t('drafts.actions.importDraftShortcut')}
        aria-keyshortcuts="Control+Shift+D"
        onClick={() => requestDraftImport(summary)}
      >
        {t('drafts.actions.importDraft')}
      </button>
      {newest > 1 ? (
        <>
          <label className="draft-tools__switcher">
            <span>{t('drafts.switcher.label')}</span>
            <select
              value={shown}
              onChange={(event) => {
                const draft = Number(event.target.value)
                if (draft === newest) leaveDraftView()
                else void attempt(() => showDraft(documentId, draft))
              }}
            >
              {(drafts.length ? drafts.map((each) => each.number) : [newest]).map((number) => (
                <option key={number} value={number}>
                  {number === newest
                    ? t('drafts.switcher.newest', { draft: number })
                    : t('drafts.switcher.option', { draft: number })}
                </option>
              ))}
            </select>
          </label>
          {shown > 1 && (shownSummary?.hasReport ?? true) ? (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => void openDraftReport(documentId, shown)}
            >
              {t('drafts.actions.report')}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() =>
              openCompare({
                documentId,
                title: summary.title,
                fromDraft: Math.max(1, shown - 1),
                toDraft: Math.max(2, shown),
              })
            }
          >
            {t('drafts.actions.compare')}
          </button>
        </>
      ) : null}
    </div>
  )
}

/** Above an earlier draft: "Draft 1 of 3 — read only", and the way back to the newest. */
export function ReadOnlyBanner({ draft, count }: { draft: number; count: number }) {
  const { t } = useTranslation()
  return (
    <div className="read-only-banner" role="status">
      <strong>{t('drafts.switcher.readOnly', { draft, count })}</strong>
      <button type="button" className="button button--small" onClick={leaveDraftView}>
        {t('drafts.switcher.backToNewest')}
      </button>
    </div>
  )
}
