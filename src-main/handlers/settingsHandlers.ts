import type { Handlers } from '../common/api/callMap'
import type { SettingsApi } from '../common/api/settingsApi'
import type { SettingsService } from '../services/settingsService'

/** settings.* calls. */
export function createSettingsHandlers(settings: SettingsService): Handlers<SettingsApi> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  }
}
