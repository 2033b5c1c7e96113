import { useEffect } from 'react'
import { onMenuCommand } from '../../state/menuCommands'
import { followSearchedData, openSearch } from '../../state/searchStore'

/**
 * Open the search window on Ctrl+Shift+F (⌘⇧F on macOS) and on the menu's "Search library" command, and refresh
 * open results when documents, annotations or tags change, so a result never points at a passage that moved.
 */
export function useSearchShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault()
        openSearch()
      }
    }
    window.addEventListener('keydown', onKey)
    const stopListening = onMenuCommand('searchLibrary', () => openSearch())
    const stopFollowing = followSearchedData()
    return () => {
      window.removeEventListener('keydown', onKey)
      stopListening()
      stopFollowing()
    }
  }, [])
}
