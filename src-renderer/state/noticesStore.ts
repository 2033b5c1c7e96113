import type { AppNotice } from '@common/api/appApi'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'

/** Messages for the user that stay until dismissed (a database restored from backup, for instance). */
export const noticesStore = createStore<AppNotice[]>([])

/** Show start-up notices and any raised later. */
export async function loadNotices(): Promise<void> {
  onMainEvent('app.didRaiseNotice', (notice) => noticesStore.set((current) => [...current, notice]))
  const status = await api['app.getStatus']()
  noticesStore.set((current) => [...status.notices, ...current])
}

/** Remove one notice. */
export function dismissNotice(notice: AppNotice): void {
  noticesStore.set((current) => current.filter((each) => each !== notice))
}
