import type { TeamMergeReport } from '@common/model/team'
import { api } from '../api/client'
import { createStore } from './createStore'

/** The colleague-exchange dialog: closed, a file just exported, a merge report, or why it failed. */
export type TeamExchangeState =
  | { status: 'closed' }
  | { status: 'working' }
  | { status: 'exported'; fileName: string }
  | { status: 'merged'; report: TeamMergeReport }
  | { status: 'failed'; error: unknown }

/** What the colleague-exchange dialog shows. */
export const teamExchangeStore = createStore<TeamExchangeState>({ status: 'closed' })

/** "Export for colleagues…": the document's `.marginalia` file (null when it failed: the dialog says why). */
export async function exportForColleagues(documentId: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  teamExchangeStore.set({ status: 'working' })
  try {
    const file = await api['team.exportBundle'](documentId)
    teamExchangeStore.set({ status: 'exported', fileName: file.name })
    return file
  } catch (error) {
    teamExchangeStore.set({ status: 'failed', error })
    return null
  }
}

/** "Import from a colleague…": merge the chosen `.marginalia` file and show what arrived. */
export async function importFromColleague(file: File): Promise<void> {
  teamExchangeStore.set({ status: 'working' })
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const report = await api['team.importBundle']({ name: file.name, bytes })
    teamExchangeStore.set({ status: 'merged', report })
  } catch (error) {
    teamExchangeStore.set({ status: 'failed', error })
  }
}

/** Close the dialog. */
export function closeTeamExchange(): void {
  teamExchangeStore.set({ status: 'closed' })
}
