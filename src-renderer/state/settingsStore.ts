import { defaultSettings, type Settings } from '@common/model/settings'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'

/** The user's preferences, as main last reported them. */
export const settingsStore = createStore<Settings>(defaultSettings)

/** Load preferences and follow changes made anywhere. */
export async function loadSettings(): Promise<void> {
  onMainEvent('settings.didChange', (settings) => settingsStore.set(settings))
  settingsStore.set(await api['settings.get']())
}

/** Change some preferences; the store updates from main's answer. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  settingsStore.set(await api['settings.update'](patch))
}
