import type { Statement } from 'better-sqlite3'
import type { Connection } from './connection'

/** Rows one statement writes: 64 rows of 7 columns stay far below SQLite's limit of 32,766 parameters. */
const rowsPerStatement = 64

/**
 * An INSERT of many rows, written as multi-row `VALUES (…), (…)` statements of up to 64 rows each. A merge writes
 * thousands of rows of one kind; one statement step per 64 rows instead of per row saves the binding and stepping
 * of each, and flat positional parameters save an object per row. `sql(values)` gives the statement for a list of
 * row placeholders (`(?, ?), (?, ?)`), so an upsert's `ON CONFLICT` clause can follow the values.
 */
export class BatchInsert {
  private readonly statements = new Map<number, Statement>()

  constructor(
    private readonly db: Connection,
    private readonly columns: number,
    private readonly sql: (values: string) => string,
  ) {}

  /** Insert `rows`, each an array of `columns` values in the statement's column order. */
  run(rows: readonly (readonly unknown[])[]): void {
    for (let index = 0; index < rows.length; index += rowsPerStatement) {
      const chunk = rows.slice(index, index + rowsPerStatement)
      this.statementFor(chunk.length).run(chunk.flat())
    }
  }

  private statementFor(rowCount: number): Statement {
    let statement = this.statements.get(rowCount)
    if (!statement) {
      const row = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`
      statement = this.db.prepare(this.sql(Array.from({ length: rowCount }, () => row).join(', ')))
      this.statements.set(rowCount, statement)
    }
    return statement
  }
}
