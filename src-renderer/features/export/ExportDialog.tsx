import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { exportFormats } from '@common/api/exportApi'
import { annotationColors } from '@common/model/annotation'
import type { InterfaceLanguage } from '@common/model/settings'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { cancelExport, runExport } from '../../state/exportActions'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { offerDownload } from '../../ui/download'
import { ImportAnnotationsField } from './ImportAnnotationsField'
import { useOpenDocumentId } from './openDocument'
import './exportDialog.css'
import { rememberClassification, rememberedClassification } from './classificationMemory'
import { draftFor, type ExportDraft, requestFor } from './exportDraft'

/**
 * Format, layout, filters and paper for an export, then progress with Cancel, then where the file went. It exports
 * the open document, or (with none open, or opened for a tag) a tag's passages across the library.
 */
export function ExportDialog() {
  const { t } = useTranslation()
  const request = useDialog('export')
  const documentId = useOpenDocumentId()
  const close = () => closeDialog('export')
  return (
    <Dialog title={t('export.title')} open={request !== null} onClose={close}>
      {request ? <ExportForm documentId={documentId} tagName={request.tagName} onClose={close} /> : null}
      {documentId !== null ? <ImportAnnotationsField documentId={documentId} /> : null}
    </Dialog>
  )
}

type Run = { jobId: string; fraction: number } | null

type FormProps = { documentId: string | null; tagName: string | null; onClose: () => void }

function ExportForm({ documentId, tagName, onClose }: FormProps) {
  const { t, i18n } = useTranslation()
  // The form mounts each time the dialog opens, so the preset applies to every opening.
  const [draft, setDraft] = useState<ExportDraft>(() => ({
    ...draftFor(documentId, tagName),
    classification: rememberedClassification(documentId),
  }))
  const [run, setRun] = useState<Run>(null)
  const [outcome, setOutcome] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const update = (patch: Partial<ExportDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
    // The marking of a document's briefings is offered again next time.
    if (patch.classification !== undefined) rememberClassification(documentId, patch.classification)
  }
  const isPdf = draft.format === 'briefingPdf'

  const start = async (event: FormEvent) => {
    event.preventDefault()
    const request = requestFor(draft, documentId, (i18n.language === 'vi' ? 'vi' : 'en') as InterfaceLanguage)
    setRun({ jobId: request.jobId, fraction: 0 })
    setOutcome(null)
    setError(null)
    try {
      const result = await runExport(request, (fraction) =>
        setRun((current) => (current && current.jobId === request.jobId ? { ...current, fraction } : current)),
      )
      if (result.status === 'download') {
        offerDownload(result.bytes, result.fileName, result.mimeType)
        setOutcome(t('export.downloaded', { fileName: result.fileName }))
      } else if (result.status === 'saved') {
        setOutcome(t('export.saved', { path: result.path }))
      } else {
        setOutcome(t('export.cancelled'))
      }
    } catch (failure) {
      setError(errorMessage(t, failure))
    } finally {
      setRun(null)
    }
  }

  const cancel = () => {
    if (run) cancelExport(run.jobId)
  }

  const percent = Math.round((run?.fraction ?? 0) * 100)
  return (
    <form className="form" onSubmit={(event) => void start(event)}>
      <fieldset className="form__group" disabled={run !== null}>
        <label className="form__field">
          <span>{t('export.format')}</span>
          <select
            value={draft.format}
            onChange={(event) => update({ format: event.target.value as ExportDraft['format'] })}
          >
            {exportFormats.map((format) => (
              <option key={format} value={format}>
                {t(`export.formats.${format}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="form__field">
          <span>{t('export.source')}</span>
          <select
            value={draft.sourceKind}
            onChange={(event) => update({ sourceKind: event.target.value as ExportDraft['sourceKind'] })}
          >
            {documentId !== null ? <option value="document">{t('export.sourceDocument')}</option> : null}
            <option value="tag">{t('export.sourceTag')}</option>
          </select>
        </label>
        {draft.sourceKind === 'tag' ? (
          <label className="form__field">
            <span>{t('export.tagName')}</span>
            <input
              type="text"
              required
              maxLength={200}
              value={draft.tagName}
              onChange={(event) => update({ tagName: event.target.value })}
            />
          </label>
        ) : null}
        {isPdf ? <BriefingFields draft={draft} update={update} /> : null}
        <FilterFields draft={draft} update={update} />
      </fieldset>
      {run ? (
        <p className="form__progress" role="status">
          <progress max={100} value={percent} aria-label={t('export.progress')} />
          <span>{t('export.running', { percent })}</span>
        </p>
      ) : null}
      {outcome ? <p role="status">{outcome}</p> : null}
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        {run ? (
          <button type="button" className="button" onClick={cancel}>
            {t('export.cancel')}
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('export.close')}
          </button>
        )}
        <button type="submit" className="button button--primary" disabled={run !== null}>
          {t('export.start')}
        </button>
      </div>
    </form>
  )
}

type FieldsProps = { draft: ExportDraft; update: (patch: Partial<ExportDraft>) => void }

function BriefingFields({ draft, update }: FieldsProps) {
  const { t } = useTranslation()
  return (
    <>
      <label className="form__field">
        <span>{t('export.layout')}</span>
        <select
          value={draft.layout}
          onChange={(event) => update({ layout: event.target.value as ExportDraft['layout'] })}
        >
          <option value="fullText">{t('export.layoutFullText')}</option>
          <option value="excerpts">{t('export.layoutExcerpts')}</option>
        </select>
      </label>
      {draft.layout === 'fullText' ? (
        <label className="form__field">
          <span>{t('export.notes')}</span>
          <select
            value={draft.notes}
            onChange={(event) => update({ notes: event.target.value as ExportDraft['notes'] })}
          >
            <option value="margin">{t('export.notesMargin')}</option>
            <option value="footer">{t('export.notesFooter')}</option>
          </select>
        </label>
      ) : null}
      <label className="form__field">
        <span>{t('export.paper')}</span>
        <select value={draft.paper} onChange={(event) => update({ paper: event.target.value as ExportDraft['paper'] })}>
          <option value="A4">{t('export.paperA4')}</option>
          <option value="Letter">{t('export.paperLetter')}</option>
        </select>
      </label>
      <label className="form__field">
        <span>{t('export.classification')}</span>
        <input
          type="text"
          maxLength={120}
          value={draft.classification}
          onChange={(event) => update({ classification: event.target.value })}
        />
        <small>{t('export.classificationHint')}</small>
      </label>
    </>
  )
}

function FilterFields({ draft, update }: FieldsProps) {
  const { t } = useTranslation()
  const toggleColor = (color: (typeof annotationColors)[number]) =>
    update({
      colors: draft.colors.includes(color) ? draft.colors.filter((each) => each !== color) : [...draft.colors, color],
    })
  return (
    <fieldset className="form__group">
      <legend>{t('export.filters')}</legend>
      <label className="form__field">
        <span>{t('export.filterTags')}</span>
        <input
          type="text"
          maxLength={2000}
          value={draft.tags}
          onChange={(event) => update({ tags: event.target.value })}
        />
      </label>
      <label className="form__field">
        <span>{t('export.filterAuthors')}</span>
        <input
          type="text"
          maxLength={2000}
          value={draft.authors}
          onChange={(event) => update({ authors: event.target.value })}
        />
      </label>
      <div className="form__field" role="group" aria-label={t('export.filterColors')}>
        <span>{t('export.filterColors')}</span>
        <div className="form__choices">
          {annotationColors.map((color) => (
            <label key={color}>
              <input type="checkbox" checked={draft.colors.includes(color)} onChange={() => toggleColor(color)} />
              {t(`export.colors.${color}`)}
            </label>
          ))}
        </div>
      </div>
      <label className="form__field">
        <span>{t('export.status')}</span>
        <select
          value={draft.status}
          onChange={(event) => update({ status: event.target.value as ExportDraft['status'] })}
        >
          <option value="all">{t('export.statusAll')}</option>
          <option value="open">{t('export.statusOpen')}</option>
          <option value="resolved">{t('export.statusResolved')}</option>
        </select>
      </label>
    </fieldset>
  )
}
