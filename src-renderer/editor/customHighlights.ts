/**
 * Painting with the CSS Custom Highlight API (`CSS.highlights`): the DOM is never touched, so Lexical's DOM and the
 * reader's DOM contract stay as they are. Highlight names are styled in the stylesheets with `::highlight(name)`.
 */

/** Paint `ranges` under the highlight `name`, replacing what it painted before; an empty list clears it. */
export function paintHighlight(name: string, ranges: readonly AbstractRange[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  if (ranges.length === 0) CSS.highlights.delete(name)
  else CSS.highlights.set(name, new Highlight(...ranges))
}
