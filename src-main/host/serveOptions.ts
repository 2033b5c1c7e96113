import { parseArgs } from 'node:util'

/** What `npm run serve` accepts. */
export type ServeOptions = {
  databasePath: string | undefined
  port: number
}

/** Read `--db PATH` and `--port N` from the command line; throws a one-line message on anything else. */
export function parseServeOptions(argv: string[]): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, port: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535, not '${values.port}'.`)
  return { databasePath: values.db, port }
}
