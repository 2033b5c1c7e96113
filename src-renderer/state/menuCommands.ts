import type { MenuCommand } from '@common/api/appApi'
import { onMainEvent } from '../api/client'

/**
 * Run `action` each time the native menu (or its shortcut) asks for `command`; returns the function that stops
 * listening. Components hear the menu through here, never from the API client.
 */
export function onMenuCommand(command: MenuCommand, action: () => void): () => void {
  return onMainEvent('app.didRequestCommand', (request) => {
    if (request.command === command) action()
  })
}
