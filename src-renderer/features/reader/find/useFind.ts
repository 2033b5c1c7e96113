import { useEffect, useRef, useState } from 'react'
import { blockIndexAt } from '@common/text/canonicalText'
import { findAll, foldText, type FoldedText, type TextSpan } from '@common/text/diacriticFold'
import { paintHighlight } from '../../../editor/customHighlights'
import { DrawnText, rangesFor } from '../../../editor/textPositions'
import { scrollRangeIntoView, topBlockIndex } from '../readerScroll'
import type { ReaderView } from '../readerView'

/** Highlight names for find (styled in reader.css). */
export const findHighlights = { all: 'find-match', current: 'find-current' } as const

type FindState = { matches: TextSpan[]; current: number }

/** Find in the open document: matches of the query, which one is current, and moving between them. */
export function useFind(view: ReaderView | null) {
  const [state, setState] = useState<FindState>({ matches: [], current: 0 })
  const [drawn, setDrawn] = useState(0)
  // Folding a long text takes a moment: done once per document and form, the first time find is used.
  const folded = useRef<{ text: string; keepDiacritics: boolean; folded: FoldedText } | null>(null)

  useEffect(() => view?.renderer.onProgress(setDrawn), [view])

  useEffect(() => {
    const { matches, current } = state
    if (!view || matches.length === 0) return clearFindHighlights()
    // Only the matches in the drawn blocks are painted; they are painted again as the reader draws more.
    const drawnText = new DrawnText(view.root, view.starts)
    paintHighlight(findHighlights.all, drawnText.rangesFor(matchesWithin(matches, drawnText.extent)))
    paintHighlight(findHighlights.current, rangesFor(view.root, view.starts, matches.slice(current, current + 1)))
  }, [view, state, drawn])

  useEffect(() => clearFindHighlights, [])

  /**
   * Look for `query`, starting from the first match at or below the top of the view. With `matchDiacritics`, tone
   * and vowel marks and đ must match as typed (case still does not); without, "duong" finds "đường".
   */
  const search = (query: string, matchDiacritics = false) => {
    if (!view) return
    if (folded.current?.text !== view.text || folded.current.keepDiacritics !== matchDiacritics) {
      folded.current = {
        text: view.text,
        keepDiacritics: matchDiacritics,
        folded: foldText(view.text, matchDiacritics),
      }
    }
    const matches = query ? findAll(view.text, folded.current.folded, query) : []
    const topOffset = view.starts[topBlockIndex(view.container, view.root)] ?? 0
    const first = matches.findIndex((match) => match.start >= topOffset)
    const current = first < 0 ? 0 : first
    setState({ matches, current })
    if (matches[current]) reveal(view, matches[current])
  }

  const go = (step: 1 | -1) => {
    const { matches, current } = state
    if (!view || matches.length === 0) return
    const next = (current + step + matches.length) % matches.length
    setState({ matches, current: next })
    reveal(view, matches[next]!)
  }

  return {
    search,
    count: state.matches.length,
    current: state.matches.length ? state.current + 1 : 0,
    next: () => go(1),
    previous: () => go(-1),
  }
}

/** The matches that overlap `extent` (matches are in text order and do not overlap: a binary search finds them). */
function matchesWithin(matches: readonly TextSpan[], extent: { start: number; end: number } | null): TextSpan[] {
  if (!extent) return []
  let low = 0
  let high = matches.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (matches[middle]!.end < extent.start) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < matches.length && matches[end]!.start <= extent.end) end++
  return matches.slice(low, end)
}

function clearFindHighlights(): void {
  paintHighlight(findHighlights.all, [])
  paintHighlight(findHighlights.current, [])
}

function reveal(view: ReaderView, match: TextSpan): void {
  view.renderer.ensureDrawn(blockIndexAt(view.starts, match.start))
  const range = rangesFor(view.root, view.starts, [match])[0]
  if (range) scrollRangeIntoView(view.container, range)
}
