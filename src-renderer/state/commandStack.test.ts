import { beforeEach, describe, expect, it } from 'vitest'
import { clearCommands, commandStack, pushCommand, redo, undo } from './commandStack'

describe('undo and redo of annotation actions', () => {
  let log: string[]
  const command = (name: string) => ({
    label: name,
    undo: async () => void log.push(`undo ${name}`),
    redo: async () => void log.push(`redo ${name}`),
  })
  beforeEach(() => {
    log = []
    clearCommands()
  })

  it('takes actions back newest first and does them again oldest first', async () => {
    pushCommand(command('create'))
    pushCommand(command('resolve'))
    await undo()
    await undo()
    await redo()
    expect(log).toEqual(['undo resolve', 'undo create', 'redo create'])
    expect(commandStack.get().done.map((each) => each.label)).toEqual(['create'])
    expect(commandStack.get().undone.map((each) => each.label)).toEqual(['resolve'])
  })

  it('forgets what could be redone once a new action is taken', async () => {
    pushCommand(command('create'))
    await undo()
    pushCommand(command('recolour'))
    await expect(redo()).resolves.toBeNull()
  })

  it('keeps a command on the stack when its inverse call fails, so nothing is lost', async () => {
    pushCommand({ label: 'delete', undo: () => Promise.reject(new Error('offline')), redo: async () => {} })
    await expect(undo()).rejects.toThrow('offline')
    expect(commandStack.get().done).toHaveLength(1)
    expect(commandStack.get().busy).toBe(false)
  })
})
