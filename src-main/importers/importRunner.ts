import { parseFile, type ParsedFile, type ParseRequest } from './parseFile'

/**
 * Where files are parsed. The app and the browser host use a separate process with memory and time caps
 * (isolatedRunner.ts, started by childProcessWorker.ts or, in the desktop app, electron/utilityImportWorker.ts);
 * every file, including the welcome document, goes through it (pasted text is split into paragraphs without a
 * parser). Parsing in process exists for tests and benchmarks.
 */
export type ImportRunner = {
  parse(request: ParseRequest): Promise<ParsedFile>
  /** Stop any process kept for parsing. */
  dispose(): void
}

/** Parse in this process: only for tests and benchmarks of the importers, never for a user's file. */
export const inProcessRunner: ImportRunner = { parse: parseFile, dispose: () => {} }
