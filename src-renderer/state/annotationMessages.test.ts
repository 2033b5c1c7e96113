import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  announce,
  annotationMessages,
  clearMessage,
  reportFailure,
  statusLifetimeMs,
  undoOfferLifetimeMs,
} from './annotationMessages'

describe('the annotation status line', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    clearMessage()
    vi.useRealTimers()
  })

  it('goes away by itself a few seconds after "Undone: delete", instead of staying for twenty minutes', () => {
    announce('annotations.undo.done', { action: 'annotations.undo.delete' })
    expect(annotationMessages.get()).toMatchObject({ kind: 'info', key: 'annotations.undo.done' })
    vi.advanceTimersByTime(statusLifetimeMs - 1)
    expect(annotationMessages.get()).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect(annotationMessages.get()).toBeNull()
  })

  it('keeps "Deleted — Undo" long enough to reach the button, then lets it go', () => {
    announce('annotations.deleted.message', undefined, { offersUndo: true })
    expect(annotationMessages.get()).toMatchObject({ offersUndo: true })
    vi.advanceTimersByTime(statusLifetimeMs)
    expect(annotationMessages.get()).not.toBeNull()
    vi.advanceTimersByTime(undoOfferLifetimeMs - statusLifetimeMs)
    expect(annotationMessages.get()).toBeNull()
  })

  it('does not let an old line expire a newer one early', () => {
    announce('annotations.undo.done', { action: 'annotations.undo.create' })
    vi.advanceTimersByTime(statusLifetimeMs - 100)
    announce('annotations.undo.redone', { action: 'annotations.undo.create' })
    vi.advanceTimersByTime(200)
    expect(annotationMessages.get()).toMatchObject({ key: 'annotations.undo.redone' })
  })

  it('keeps a failure until the user moves on (another document clears it)', () => {
    reportFailure(new Error('unreachable'))
    vi.advanceTimersByTime(10 * 60_000)
    expect(annotationMessages.get()).toMatchObject({ kind: 'error' })
    clearMessage()
    expect(annotationMessages.get()).toBeNull()
  })
})
