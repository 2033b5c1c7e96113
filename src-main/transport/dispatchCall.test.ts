import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../common/api/appError'
import type { MainApiHandlers } from '../common/api/contract'
import { defaultSettings } from '../common/model/settings'
import { dispatchCall } from './dispatchCall'

function handlers(overrides: Partial<MainApiHandlers> = {}): MainApiHandlers {
  const base = {
    'settings.get': () => defaultSettings,
    'settings.update': (patch: object) => ({ ...defaultSettings, ...patch }),
  }
  return { ...base, ...overrides } as unknown as MainApiHandlers
}

describe('dispatching a call', () => {
  it('passes validated, normalised arguments to the handler and returns its value', async () => {
    const result = await dispatchCall(handlers(), 'settings.update', [{ authorName: '  Nguye\u0302\u0303n  ' }])
    expect(result).toEqual({ ok: true, value: { ...defaultSettings, authorName: 'Nguyễn' } })
  })

  it('refuses a bad argument with a structured error naming it, without calling the handler', async () => {
    const update = vi.fn()
    const result = await dispatchCall(handlers({ 'settings.update': update }), 'settings.update', [{ theme: 'purple' }])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('api.invalidArguments')
    expect(result.error.message).toContain('theme')
    expect(update).not.toHaveBeenCalled()
  })

  it('refuses unknown settings keys, missing arguments and non-list arguments', async () => {
    for (const args of [[{ isAdmin: true }], [], 'not a list', [{}, 'extra']]) {
      const result = await dispatchCall(handlers(), 'settings.update', args)
      expect(result).toMatchObject({ ok: false, error: { code: 'api.invalidArguments' } })
    }
  })

  it('refuses a channel that is not in the contract, including prototype names', async () => {
    for (const channel of ['settings.delete', '__proto__', 'constructor', 'toString']) {
      const result = await dispatchCall(handlers(), channel, [])
      expect(result).toMatchObject({ ok: false, error: { code: 'api.unknownChannel' } })
    }
  })

  it('passes an AppError through as it is', async () => {
    const failing = () => {
      throw new AppError('documents.empty', 'The file is empty.', { name: 'a.txt' })
    }
    const result = await dispatchCall(handlers({ 'settings.get': failing }), 'settings.get', [])
    expect(result).toEqual({
      ok: false,
      error: { code: 'documents.empty', message: 'The file is empty.', params: { name: 'a.txt' } },
    })
  })

  it('hides unexpected failures behind a generic error with no stack or internal detail', async () => {
    const failing = () => {
      throw new Error('SQLITE_IOERR at /home/someone/secret/path.sqlite3')
    }
    const log = vi.fn()
    const result = await dispatchCall(handlers({ 'settings.get': failing }), 'settings.get', [], log)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|secret|at /)
    expect(log).toHaveBeenCalledOnce()
  })
})
