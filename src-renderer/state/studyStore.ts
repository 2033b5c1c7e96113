import type { Rating, ReviewItem, StudyCard, StudyProgress } from '@common/study/card'
import type { AnkiExport } from '@common/api/studyApi'
import { api, onMainEvent } from '../api/client'
import { createStore } from './createStore'
import { revealPassage } from './readerNavigation'

/** The study window: open or not, the card under review (one at a time, never the whole due list), progress. */
export type StudyState = {
  open: boolean
  tab: 'review' | 'progress'
  item: ReviewItem | null
  revealed: boolean
  status: 'idle' | 'loading' | 'ready' | 'failed'
  error: unknown
  /** True once an answer was given in this session, so Undo has something to take back. */
  canUndo: boolean
  progress: StudyProgress | null
  /** A short confirmation for screen readers and sighted users ("Last answer undone."). */
  message: string | null
}

/** The study state; components subscribe. */
export const studyStore = createStore<StudyState>({
  open: false,
  tab: 'review',
  item: null,
  revealed: false,
  status: 'idle',
  error: null,
  canUndo: false,
  progress: null,
  message: null,
})

let following = false
let serial = 0

/** Keep the due count in the header current whatever changes cards (answers, new cards, deleted annotations). */
export function followStudyChanges(): void {
  if (following) return
  following = true
  onMainEvent('study.didChange', () => void loadProgress())
  onMainEvent('annotations.didChange', () => void loadProgress())
}

/** Fetch counts and series for the header and the progress tab. */
export async function loadProgress(): Promise<void> {
  // Days in the charts are the user's own calendar days, not UTC ones.
  const progress = await api['study.progress'](-new Date().getTimezoneOffset())
  studyStore.set((state) => ({ ...state, progress }))
}

/** Open the study window on the review tab with the next due card. */
export function openStudy(tab: StudyState['tab'] = 'review'): void {
  studyStore.set((state) => ({ ...state, open: true, tab, message: null }))
  void loadNext()
  void loadProgress()
}

/** Close the study window. */
export function closeStudy(): void {
  studyStore.set((state) => ({ ...state, open: false, canUndo: false, message: null }))
}

/** Switch tab. */
export function showStudyTab(tab: StudyState['tab']): void {
  studyStore.set((state) => ({ ...state, tab }))
  if (tab === 'progress') void loadProgress()
}

/** Fetch the next due card (main picks the soonest due; the list itself never crosses the boundary). */
export async function loadNext(): Promise<void> {
  const mine = ++serial
  studyStore.set((state) => ({ ...state, status: 'loading' }))
  try {
    const item = await api['study.next']()
    if (mine !== serial) return
    studyStore.set((state) => ({ ...state, item, revealed: false, status: 'ready', error: null }))
  } catch (error) {
    if (mine === serial) studyStore.set((state) => ({ ...state, status: 'failed', error }))
  }
}

/** Show the answer of the card under review. */
export function revealAnswer(): void {
  studyStore.set((state) => (state.item ? { ...state, revealed: true } : state))
}

/** Answer the card under review, then move to the next one. */
export async function answerCard(rating: Rating): Promise<void> {
  const { item, revealed, status } = studyStore.get()
  if (!item || !revealed || status !== 'ready') return
  studyStore.set((state) => ({ ...state, status: 'loading', message: null }))
  try {
    await api['study.answer'](item.card.id, rating)
    studyStore.set((state) => ({ ...state, canUndo: true }))
  } catch (error) {
    studyStore.set((state) => ({ ...state, error }))
  }
  await loadNext()
}

/** Take back the last answer; its card comes back for review at once. */
export async function undoLastAnswer(message: string): Promise<void> {
  if (!studyStore.get().canUndo) return
  try {
    const card = await api['study.undoAnswer']()
    studyStore.set((state) => ({ ...state, canUndo: false, message: card ? message : null }))
  } catch (error) {
    studyStore.set((state) => ({ ...state, error }))
  }
  await loadNext()
}

/**
 * The card under review came from an annotation that changed: remake its text from it (`update`), keep it as it is
 * (`keep`), or, when the comment it asks was deleted, retire it (`retire`) and move on to the next card.
 */
export async function resolveChangedCard(choice: 'update' | 'keep' | 'retire'): Promise<void> {
  const { item } = studyStore.get()
  if (!item) return
  try {
    if (choice === 'retire') {
      await api['study.retireCards']([item.card.id])
      await loadNext()
      return
    }
    const card = await api[choice === 'update' ? 'study.refreshCard' : 'study.keepCardText'](item.card.id)
    studyStore.set((state) => (state.item ? { ...state, item: { ...state.item, card } } : state))
  } catch (error) {
    studyStore.set((state) => ({ ...state, error }))
  }
}

/** Show a short confirmation beside the Study button ("3 study cards created."). */
export function showStudyMessage(message: string): void {
  studyStore.set((state) => ({ ...state, message }))
}

/** Reveal the annotation a card came from: open its document at the passage (placed in the current text). */
export async function showCardInText(card: StudyCard): Promise<void> {
  const annotation = (await api['annotations.list'](card.documentId)).find((each) => each.id === card.annotationIds[0])
  if (annotation) revealPassage(card.documentId, annotation.target.start, annotation.target.end)
}

/** Keep a new desired retention (0.7–0.99) for scheduling, then show the progress it gives. */
export async function saveDesiredRetention(desiredRetention: number): Promise<void> {
  await api['study.updateSettings']({ desiredRetention })
  await loadProgress()
}

/** Every active card as an Anki deck file. */
export function exportAnkiDeck(): Promise<AnkiExport> {
  return api['study.exportAnki']()
}
