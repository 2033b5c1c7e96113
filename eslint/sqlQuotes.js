/**
 * ESLint rule `marginalia/sql-single-quotes`: SQL text in a string or template literal takes single-quoted string
 * literals. better-sqlite3 builds SQLite without the double-quoted-string fallback, so `WHERE kind = "text"` fails
 * at run time as an unknown column. Text inside single quotes (an FTS phrase such as `'folded : "word"'`) is fine.
 */
const sqlStart = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|DROP|ALTER|REPLACE)\b/i

/** True when `sql` has a double quote outside single-quoted literals and comments. */
function hasDoubleQuote(sql) {
  const stripped = sql.replace(/'(?:[^']|'')*'/g, "''").replace(/--[^\n]*/g, '')
  return stripped.includes('"')
}

/** @type {import('eslint').Rule.RuleModule} */
export const sqlSingleQuotesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL string literals take single quotes.' },
    schema: [],
  },
  create(context) {
    const check = (node, text) => {
      if (sqlStart.test(text) && hasDoubleQuote(text)) {
        context.report({ node, message: 'SQL string literals take single quotes (better-sqlite3 rejects "…").' })
      }
    }
    return {
      Literal: (node) => {
        if (typeof node.value === 'string') check(node, node.value)
      },
      // Interpolations stand in as `?`: they are values or names, not quotes.
      TemplateLiteral: (node) =>
        check(node, node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join('?')),
    }
  },
}
