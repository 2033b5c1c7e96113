import { settingsSchema } from '../common/api/settingsApi'
import { defaultSettings, type Settings } from '../common/model/settings'
import type { SettingsRepository } from '../db/repositories/settingsRepository'
import type { EventBus } from './eventBus'
import type { Transaction } from './transaction'

/** The user's preferences. Unknown or invalid stored values fall back to defaults rather than failing. */
export class SettingsService {
  constructor(
    private readonly repository: SettingsRepository,
    private readonly events: EventBus,
    private readonly transaction: Transaction,
  ) {}

  get(): Settings {
    const stored = this.repository.readAll()
    const settings: Record<string, unknown> = { ...defaultSettings }
    for (const [key, rule] of Object.entries(settingsSchema.shape)) {
      const parsed = rule.safeParse(stored[key])
      if (parsed.success) settings[key] = parsed.data
    }
    return settings as Settings
  }

  update(patch: Partial<Settings>): Settings {
    this.transaction(() => this.repository.writeMany(patch))
    const settings = this.get()
    this.events.emit('settings.didChange', settings)
    return settings
  }
}
