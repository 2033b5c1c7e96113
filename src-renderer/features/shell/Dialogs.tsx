import { TagManagerDialog } from '../annotations/TagManagerDialog'
import { CompareDraftsDialog } from '../drafts/CompareDraftsDialog'
import { DraftReportDialog } from '../drafts/DraftReportDialog'
import { ExportDialog } from '../export/ExportDialog'
import { ClipboardDialog } from '../importing/ClipboardDialog'
import { ImportPreviewDialog } from '../importing/ImportPreviewDialog'
import { ImportReportDialog } from '../importing/ImportReportDialog'
import { DeleteDocumentDialog } from '../library/DeleteDocumentDialog'
import { EditDocumentDialog } from '../library/EditDocumentDialog'
import { SearchDialog } from '../search/SearchDialog'
import { SettingsDialog } from '../settings/SettingsDialog'
import { StudyDialog } from '../study/StudyDialog'
import { StudyPreviewDialog } from '../study/StudyPreviewDialog'
import { TeamExchangeDialog } from '../team/TeamExchangeDialog'

/**
 * Every dialog of the app, mounted once. None takes props: each reads from state/ whether it is open and what for
 * (state/dialogStore.ts, or its own store when its window keeps data), so anything opens one with a state action.
 */
export function Dialogs() {
  return (
    <>
      <SettingsDialog />
      <SearchDialog />
      <ExportDialog />
      <TagManagerDialog />
      <ImportPreviewDialog />
      <ImportReportDialog />
      <ClipboardDialog />
      <EditDocumentDialog />
      <DeleteDocumentDialog />
      <DraftReportDialog />
      <CompareDraftsDialog />
      <StudyDialog />
      <StudyPreviewDialog />
      <TeamExchangeDialog />
    </>
  )
}
