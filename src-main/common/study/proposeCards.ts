import { AppError } from '../api/appError'
import type { CardKind, CardPreview, CardProposal, CardRefusal, ClozeGrouping } from './card'
import { clozeMarkup, readableContext, sentenceAround, snapToWords, type Span } from './cloze'

/** What card making needs to know about one annotation, placed in its document's current text. */
export type StudySource = {
  annotationId: string
  start: number
  end: number
  /** The first comment of the thread (the question of a question card), or null. */
  comment: string | null
}

/** A comment ending in a question mark (any script's) reads as a question. */
export function suggestsQuestion(comment: string | null): boolean {
  return /[?？]$/u.test(comment?.trim() ?? '')
}

/**
 * Propose cards of `kind` for annotations of one document (all positions in `text`, its current canonical text).
 * Cloze: each highlight's words are hidden in their sentence; with `combined`, highlights sharing a sentence make
 * one card with several gaps. Question: the comment asks, the passage answers. Annotations that cannot make the
 * card (no words highlighted, no comment to ask, nothing left to read around the gap) are refused with a reason.
 */
export function proposeCards(
  text: string,
  sources: StudySource[],
  kind: CardKind,
  grouping: ClozeGrouping = 'separate',
): CardPreview {
  const refused: CardRefusal[] = []
  const proposals: CardProposal[] = []
  const ordered = [...sources].sort((a, b) => a.start - b.start)
  if (kind === 'question') {
    for (const source of ordered) {
      const answer = text
        .slice(source.start, source.end)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
      const question = source.comment?.trim() ?? ''
      if (!snapToWords(text, source)) refused.push({ annotationId: source.annotationId, code: 'study.noText' })
      else if (!question) refused.push({ annotationId: source.annotationId, code: 'study.noQuestion' })
      else proposals.push(proposal('question', [source], question, answer))
    }
    return { proposals, refused }
  }
  const gapped: { source: StudySource; gap: Span; sentence: Span }[] = []
  for (const source of ordered) {
    const gap = snapToWords(text, source)
    if (!gap) refused.push({ annotationId: source.annotationId, code: 'study.noText' })
    else gapped.push({ source, gap, sentence: sentenceAround(text, gap) })
  }
  const groups = grouping === 'combined' ? groupBySentence(gapped) : gapped.map((item) => [item])
  for (const group of groups) {
    const sentence = {
      start: Math.min(...group.map((item) => item.sentence.start)),
      end: Math.max(...group.map((item) => item.sentence.end)),
    }
    const gaps = mergeGaps(group.map((item) => item.gap))
    const context = readableContext(text, sentence, gaps)
    if (!context) {
      for (const item of group) refused.push({ annotationId: item.source.annotationId, code: 'study.nothingVisible' })
      continue
    }
    // Every gap is c1: Anki makes one card per cloze number, and a combined card asks for all its gaps at once.
    const markup = clozeMarkup(
      text,
      context,
      gaps.map((span) => ({ span, number: 1 })),
    )
    proposals.push(
      proposal(
        'cloze',
        group.map((item) => item.source),
        markup,
        '',
      ),
    )
  }
  return { proposals, refused }
}

/** Throw the refusal a user sees when none of the chosen annotations can make a card. */
export function refuseIfEmpty(preview: CardPreview): void {
  if (preview.proposals.length > 0) return
  const code = preview.refused[0]?.code ?? 'study.nothingChosen'
  throw new AppError(code, refusalMessages[code] ?? 'No card can be made from these annotations.')
}

const refusalMessages: Record<string, string> = {
  'study.noText': 'This annotation has no words to study. Highlight some text and try again.',
  'study.noQuestion': 'A question card needs a comment to ask. Add a comment or make a cloze card.',
  'study.nothingVisible': 'The highlight covers all the text around it; make a question card instead.',
  'study.nothingChosen': 'Choose at least one annotation to study.',
}

function proposal(kind: CardKind, sources: StudySource[], prompt: string, answer: string): CardProposal {
  const comment = sources.length === 1 ? (sources[0]?.comment ?? null) : null
  return {
    kind,
    annotationIds: sources.map((source) => source.annotationId),
    prompt,
    answer,
    suggestedKind: suggestsQuestion(comment) ? 'question' : 'cloze',
  }
}

function groupBySentence<T extends { sentence: Span }>(items: T[]): T[][] {
  const groups: T[][] = []
  for (const item of items) {
    const group = groups.find((each) =>
      each.some((other) => other.sentence.start < item.sentence.end && item.sentence.start < other.sentence.end),
    )
    if (group) group.push(item)
    else groups.push([item])
  }
  return groups
}

function mergeGaps(gaps: Span[]): Span[] {
  const merged: Span[] = []
  for (const gap of [...gaps].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && gap.start <= last.end) last.end = Math.max(last.end, gap.end)
    else merged.push({ ...gap })
  }
  return merged
}
