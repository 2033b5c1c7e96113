import { createStore } from './createStore'

/** An action the user can undo: how to take it back and how to do it again (both call main). */
export type UndoableCommand = {
  /** i18n key naming the action, for screen-reader announcements ("Undid: highlight"). */
  label: string
  undo: () => Promise<void>
  redo: () => Promise<void>
}

type StackState = { done: UndoableCommand[]; undone: UndoableCommand[]; busy: boolean }

const limit = 200

/** Undo and redo of annotation actions. Commands run one at a time, in order, so inverses never race. */
export const commandStack = createStore<StackState>({ done: [], undone: [], busy: false })

/** Record an action that has just been done. */
export function pushCommand(command: UndoableCommand): void {
  commandStack.set((state) => ({ ...state, done: [...state.done.slice(-limit + 1), command], undone: [] }))
}

/** Take back the last action; resolves with it (or null when there was nothing to undo). */
export async function undo(): Promise<UndoableCommand | null> {
  const state = commandStack.get()
  const command = state.done[state.done.length - 1]
  if (!command || state.busy) return null
  commandStack.set({ ...state, busy: true })
  try {
    await command.undo()
    commandStack.set((current) => ({
      done: current.done.slice(0, -1),
      undone: [...current.undone, command],
      busy: false,
    }))
    return command
  } catch (error) {
    commandStack.set((current) => ({ ...current, busy: false }))
    throw error
  }
}

/** Do again the last action taken back. */
export async function redo(): Promise<UndoableCommand | null> {
  const state = commandStack.get()
  const command = state.undone[state.undone.length - 1]
  if (!command || state.busy) return null
  commandStack.set({ ...state, busy: true })
  try {
    await command.redo()
    commandStack.set((current) => ({
      done: [...current.done, command],
      undone: current.undone.slice(0, -1),
      busy: false,
    }))
    return command
  } catch (error) {
    commandStack.set((current) => ({ ...current, busy: false }))
    throw error
  }
}

/** Forget every action (another document was opened). */
export function clearCommands(): void {
  commandStack.set({ done: [], undone: [], busy: false })
}
