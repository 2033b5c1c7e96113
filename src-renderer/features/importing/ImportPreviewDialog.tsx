import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportFile, ImportPreview } from '@common/api/documentsApi'
import type { DocumentLanguage } from '@common/model/document'
import { closeDialog, useDialog } from '../../state/dialogStore'
import { importDraft, type DraftImportTarget } from '../../state/draftImport'
import { importPreviewedFile, previewImport } from '../../state/documentImport'
import { Dialog } from '../../ui/Dialog'
import { errorMessage } from '../../ui/errorMessage'
import { FormFooter } from '../../ui/FormFooter'
import { DraftCandidateOffer } from '../drafts/DraftCandidateOffer'
import { DocumentLanguageField } from '../../ui/DocumentLanguageField'
import { ImportWarnings } from './ImportWarnings'
import { IncomingSummaryNote } from './IncomingSummaryNote'

/**
 * Before importing one file: its title, language, detected encoding (with an override), a sample, duplicates. In
 * "draft of «title»" mode the file becomes that document's next draft; otherwise, when the file looks like a later
 * draft of a document in the library, that is offered beside importing it as a new document.
 */
export function ImportPreviewDialog() {
  const { t } = useTranslation()
  const request = useDialog('importPreview')
  const file = request?.file ?? null
  const draftOf = request?.draftOf
  const onClose = () => closeDialog('importPreview')
  const title = draftOf
    ? t('drafts.preview.title', { draft: draftOf.nextDraft, title: draftOf.title })
    : t('importing.preview.title')
  return (
    <Dialog title={title} open={file !== null} onClose={onClose}>
      {file ? <PreviewForm key={file.name + file.bytes.length} file={file} draftOf={draftOf} onDone={onClose} /> : null}
    </Dialog>
  )
}

type PreviewFormProps = { file: ImportFile; draftOf: DraftImportTarget | undefined; onDone: () => void }

function PreviewForm({ file, draftOf, onDone }: PreviewFormProps) {
  const { t } = useTranslation()
  const [encoding, setEncoding] = useState<string | undefined>(undefined)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  // The encoding choice `preview` was made for: while a changed choice is being read, it still shows the old one.
  const [previewedEncoding, setPreviewedEncoding] = useState<string | undefined>(undefined)
  const [title, setTitle] = useState('')
  const [titleEdited, setTitleEdited] = useState(false)
  const [language, setLanguage] = useState<DocumentLanguage>('und')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let current = true
    previewImport(encoding ? { ...file, encoding } : file).then(
      (answer) => {
        if (!current) return
        setPreview(answer)
        setPreviewedEncoding(encoding)
        // The title and language follow a changed encoding until the user edits them.
        if (!titleEdited) setTitle(answer.title)
        setLanguage(answer.language)
      },
      (failure: unknown) => current && setError(errorMessage(t, failure)),
    )
    return () => {
      current = false
    }
    // A title the user typed is read, not followed: editing it must not ask for a new preview.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, encoding, t])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!preview) return
    if (draftOf) return saveAsDraft(draftOf.documentId)
    setBusy(true)
    try {
      const options = { title: title.trim() || preview.title, language, allowDuplicate: preview.duplicateOf !== null }
      const previewId = previewedEncoding === encoding ? preview.previewId : undefined
      await importPreviewedFile(encoding ? { ...file, encoding } : file, options, onDone, previewId)
    } catch (failure) {
      setError(errorMessage(t, failure))
      setBusy(false)
    }
  }

  const saveAsDraft = async (documentId: string) => {
    setBusy(true)
    try {
      await importDraft(documentId, encoding ? { ...file, encoding } : file, { language })
      onDone()
    } catch (failure) {
      setError(errorMessage(t, failure))
      setBusy(false)
    }
  }

  if (!preview) {
    return (
      <div className="form">
        <p role={error ? 'alert' : 'status'} className={error ? 'form__error' : undefined}>
          {error ?? t('importing.preview.reading', { name: file.name })}
        </p>
        <div className="form__actions">
          <button type="button" className="button button--quiet" onClick={onDone}>
            {t('importing.cancel')}
          </button>
        </div>
      </div>
    )
  }

  const choices =
    preview.encoding && !preview.encodingChoices.includes(preview.encoding)
      ? [preview.encoding, ...preview.encodingChoices]
      : preview.encodingChoices

  return (
    <form className="form import-preview" onSubmit={(event) => void submit(event)}>
      <p className="form__note">
        {t('importing.preview.file', {
          name: file.name,
          format: t(`library.formats.${preview.format}`),
          characters: preview.characterCount,
          blocks: preview.blockCount,
        })}
      </p>
      {draftOf ? (
        <p className="form__note">{t('drafts.preview.note', { draft: draftOf.nextDraft, title: draftOf.title })}</p>
      ) : null}
      {preview.encoding ? (
        <div className="form__field">
          <label htmlFor="import-encoding">{t('importing.preview.encoding')}</label>
          <select
            id="import-encoding"
            aria-describedby="import-encoding-hint"
            value={encoding ?? preview.encoding}
            onChange={(event) => {
              setError(null)
              setEncoding(event.target.value)
            }}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
          <small id="import-encoding-hint">{t('importing.preview.encodingHint')}</small>
        </div>
      ) : null}
      {draftOf ? null : (
        <label className="form__field">
          <span>{t('importing.preview.titleField')}</span>
          <input
            type="text"
            value={title}
            maxLength={1000}
            onChange={(event) => {
              setTitle(event.target.value)
              setTitleEdited(true)
            }}
          />
        </label>
      )}
      <DocumentLanguageField label={t('importing.preview.languageField')} value={language} onChange={setLanguage} />
      <div className="form__field">
        <span id="import-sample-label">{t('importing.preview.sample')}</span>
        <div className="import-preview__sample" role="document" aria-labelledby="import-sample-label" tabIndex={0}>
          {preview.sample.split('\n').map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      </div>
      <IncomingSummaryNote summary={preview.incoming} />
      <ImportWarnings warnings={preview.warnings} />
      {preview.draftCandidate && !draftOf && !preview.duplicateOf ? (
        <DraftCandidateOffer
          candidate={preview.draftCandidate}
          busy={busy}
          onImport={() => void saveAsDraft(preview.draftCandidate!.document.id)}
        />
      ) : null}
      {preview.duplicateOf && !draftOf ? (
        <p className="import-preview__duplicate" role="alert">
          {t('importing.preview.duplicate', { title: preview.duplicateOf.title })}
        </p>
      ) : null}
      <FormFooter
        error={error}
        cancelLabel={t('importing.cancel')}
        submitLabel={
          draftOf
            ? t('drafts.preview.import', { draft: draftOf.nextDraft })
            : preview.duplicateOf
              ? t('importing.preview.importAgain')
              : preview.draftCandidate
                ? t('drafts.preview.asNew')
                : t('importing.preview.import')
        }
        onCancel={onDone}
        busy={busy}
      />
    </form>
  )
}
