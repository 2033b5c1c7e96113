/**
 * Keys typed between asking for an editor (Ctrl+Alt+M, T, the toolbar's Comment) and the editor's field taking the
 * caret. The field appears a frame or two later (the panel scrolls to the new card first); a fast typist's first
 * letters would otherwise go to the reader and be lost. Held here, then handed to the field when it mounts.
 */

type TypeAheadState = { text: string; submit: boolean; active: boolean; timer: ReturnType<typeof setTimeout> | null }

const state: TypeAheadState = { text: '', submit: false, active: false, timer: null }
/** After this long without a field taking the keys, stop holding them: something went wrong and keys go on as usual. */
const giveUpMs = 5_000

function onKeyDown(event: KeyboardEvent): void {
  if (!state.active || event.isComposing) return
  if (event.key === 'Escape') return stopTypeAhead()
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) state.submit = true
  else if (event.key === 'Enter') state.text += '\n'
  else if (event.key === 'Backspace') state.text = state.text.slice(0, -1)
  else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) state.text += event.key
  else return
  event.preventDefault()
  event.stopImmediatePropagation()
}

/** Start holding typed keys for an editor that is about to open. */
export function startTypeAhead(): void {
  if (state.timer) clearTimeout(state.timer)
  state.text = ''
  state.submit = false
  state.active = true
  state.timer = setTimeout(stopTypeAhead, giveUpMs)
  window.addEventListener('keydown', onKeyDown, true)
}

/** Stop holding keys and forget them (the editor will not open). */
export function stopTypeAhead(): void {
  state.active = false
  state.text = ''
  state.submit = false
  if (state.timer) clearTimeout(state.timer)
  state.timer = null
  window.removeEventListener('keydown', onKeyDown, true)
}

/** What has been typed so far, without taking it (safe to call while rendering). */
export function peekTypeAhead(): { text: string; submit: boolean } {
  return state.active ? { text: state.text, submit: state.submit } : { text: '', submit: false }
}

/** Take what was typed and stop holding keys: the field has the caret now. */
export function takeTypeAhead(): { text: string; submit: boolean } {
  const taken = peekTypeAhead()
  stopTypeAhead()
  return taken
}
