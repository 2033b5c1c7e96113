import type { Annotation } from '@common/model/annotation'

/** Anchored annotations covering canonical offset `offset`, innermost (shortest) first. */
export function annotationsAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  const hits: Annotation[] = []
  for (const annotation of annotations) {
    if (annotation.anchorStatus !== 'anchored') continue
    if (annotation.target.start > offset) break
    if (offset < annotation.target.end) hits.push(annotation)
  }
  return hits.sort((a, b) => a.target.end - a.target.start - (b.target.end - b.target.start))
}

/** The DOM point under the pointer, where the browser can tell. */
export function caretPointFromPoint(x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null
  }
  const position = withPosition.caretPositionFromPoint?.(x, y)
  if (position) return { node: position.offsetNode, offset: position.offset }
  const range = document.caretRangeFromPoint?.(x, y)
  return range ? { node: range.startContainer, offset: range.startOffset } : null
}
