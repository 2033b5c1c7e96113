import type { ParsedQuery, SearchTerm } from './parseQuery'

/** The index's two searchable columns: loosely folded text, and text that keeps its diacritics. */
export const ftsColumns = { loose: 'folded', exact: 'exact' } as const

/**
 * Build the FTS5 MATCH expression from a parsed query. Every token is written as a double-quoted FTS5 string
 * (with any `"` doubled, though tokens hold only letters, digits and marks), so no character the user typed can
 * act as FTS5 syntax; operators, brackets, `*` and the column filter come only from here.
 */
export function toFtsQuery(query: Extract<ParsedQuery, { status: 'ok' }>): string {
  const column = ftsColumns[query.mode]
  const positive = query.groups.map((group) => `(${group.map(termExpression).join(' OR ')})`).join(' AND ')
  const negative = query.exclusions.map(termExpression)
  const body = negative.length > 0 ? `(${positive}) NOT (${negative.join(' OR ')})` : positive
  return `${column} : (${body})`
}

function termExpression(term: SearchTerm): string {
  const quoted = `"${term.tokens.join(' ').replace(/"/g, '""')}"`
  return term.prefix ? `${quoted} *` : quoted
}
