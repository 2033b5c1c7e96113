import { useEffect } from 'react'
import { onMainEvent } from '../../api/client'
import { openSearch } from '../../state/searchStore'

/** Open the search window on Ctrl+Shift+F (⌘⇧F on macOS) and on the menu's "Search library" command. */
export function useSearchShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        openSearch()
      }
    }
    window.addEventListener('keydown', onKey)
    const stopListening = onMainEvent('app.didRequestCommand', ({ command }) => {
      if (command === 'searchLibrary') openSearch()
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      stopListening()
    }
  }, [])
}
