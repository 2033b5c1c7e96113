import type { CardKind, CardPreview, CardProposal, ClozeGrouping } from '@common/study/card'
import { api } from '../api/client'
import { createStore } from './createStore'

/** One proposed card as the user is shaping it: its (edited) text and whether to keep it. */
export type DraftCard = CardProposal & { included: boolean }

/** The "Study these…" dialog: which annotations, which kind of card, and the cards proposed for them. */
export type StudyPreviewState = {
  open: boolean
  annotationIds: string[]
  kind: CardKind
  grouping: ClozeGrouping
  cards: DraftCard[]
  refused: CardPreview['refused']
  status: 'idle' | 'loading' | 'ready' | 'saving' | 'failed'
  error: unknown
}

const closed: StudyPreviewState = {
  open: false,
  annotationIds: [],
  kind: 'cloze',
  grouping: 'separate',
  cards: [],
  refused: [],
  status: 'idle',
  error: null,
}

/** The preview dialog's state. */
export const studyPreviewStore = createStore<StudyPreviewState>(closed)

let serial = 0

/** Open "Study these…" for annotations; proposes cloze cards, or question cards when every comment asks one. */
export async function openStudyPreview(annotationIds: string[]): Promise<void> {
  studyPreviewStore.set({ ...closed, open: true, annotationIds })
  await loadPreview()
  const { cards } = studyPreviewStore.get()
  if (cards.length > 0 && cards.every((card) => card.suggestedKind === 'question')) await chooseKind('question')
}

/** Close the dialog without creating anything. */
export function closeStudyPreview(): void {
  studyPreviewStore.set(closed)
}

/** Propose cards of another kind. */
export async function chooseKind(kind: CardKind): Promise<void> {
  studyPreviewStore.set((state) => ({ ...state, kind }))
  await loadPreview()
}

/** Several cards, or one with several gaps, for highlights sharing a sentence. */
export async function chooseGrouping(grouping: ClozeGrouping): Promise<void> {
  studyPreviewStore.set((state) => ({ ...state, grouping }))
  await loadPreview()
}

/** Change one proposed card (its text, or whether it is kept). */
export function editDraftCard(index: number, patch: Partial<DraftCard>): void {
  studyPreviewStore.set((state) => ({
    ...state,
    cards: state.cards.map((card, each) => (each === index ? { ...card, ...patch } : card)),
  }))
}

/** Create the kept cards; returns how many were made. */
export async function createDraftCards(): Promise<number> {
  const kept = studyPreviewStore.get().cards.filter((card) => card.included)
  if (kept.length === 0) return 0
  studyPreviewStore.set((state) => ({ ...state, status: 'saving', error: null }))
  try {
    const created = await api['study.createFromProposals'](kept.map(({ included: _included, ...card }) => card))
    studyPreviewStore.set(closed)
    return created.length
  } catch (error) {
    studyPreviewStore.set((state) => ({ ...state, status: 'failed', error }))
    return 0
  }
}

async function loadPreview(): Promise<void> {
  const mine = ++serial
  const { annotationIds, kind, grouping } = studyPreviewStore.get()
  studyPreviewStore.set((state) => ({ ...state, status: 'loading', error: null }))
  try {
    const preview = await api['study.previewCards'](annotationIds, kind, grouping)
    if (mine !== serial) return
    studyPreviewStore.set((state) => ({
      ...state,
      cards: preview.proposals.map((card) => ({ ...card, included: true })),
      refused: preview.refused,
      status: 'ready',
    }))
  } catch (error) {
    if (mine === serial) studyPreviewStore.set((state) => ({ ...state, status: 'failed', error }))
  }
}
