import { useEffect } from 'react'
import { api } from '../api/client'
import { createStore, useStore } from './createStore'

/** This library's own author id among colleagues, once main has told it (null until then). */
const myAuthorIdStore = createStore<string | null>(null)
let asked = false

/**
 * This library's author id, asked of main once per window. A name is "you" when its author id is absent (made here)
 * or is this one (made here, and come back through a colleague's file or the server).
 */
export function useMyAuthorId(): string | null {
  const authorId = useStore(myAuthorIdStore)
  useEffect(() => {
    if (asked) return
    asked = true
    // Asked once: if main cannot say, every name without an author id is still "you", and no card asks again.
    api['team.identity']().then(
      (identity) => myAuthorIdStore.set(identity.authorId),
      () => undefined,
    )
  }, [])
  return authorId
}
