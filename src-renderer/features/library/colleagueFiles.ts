import { exportForColleagues, importFromColleague } from '../../state/teamExchange'
import { chooseFile } from '../../ui/chooseFile'
import { offerDownload } from '../../ui/download'

/** "Export for colleagues…" from the document menu: the `.marginalia` file is offered as a download. */
export async function downloadForColleagues(documentId: string): Promise<void> {
  const file = await exportForColleagues(documentId)
  if (file) offerDownload(file.bytes, file.name, 'application/json')
}

/** "Import from a colleague…" from the document menu: choose the colleague's `.marginalia` file and merge it. */
export async function chooseColleagueFile(): Promise<void> {
  const file = await chooseFile('.marginalia,application/json')
  if (file) await importFromColleague(file)
}
