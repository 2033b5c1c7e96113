import type { Annotation } from '@common/model/annotation'

/** `text` on one line, cut to `length` characters with an ellipsis. */
export function shorten(text: string, length: number): string {
  const line = text.replace(/\s+/gu, ' ').trim()
  return line.length > length ? `${line.slice(0, length - 1)}…` : line
}

/** The start of an annotation's quote, for labels and cards. */
export function excerpt(annotation: Annotation, length = 80): string {
  return shorten(annotation.target.exact, length)
}
