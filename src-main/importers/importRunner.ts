import { parseFile, type ParsedFile, type ParseRequest } from './parseFile'

/**
 * Where untrusted files are parsed. The app and the browser host use a separate process with memory and time caps
 * (childProcessRunner.ts; the Electron entry may swap in utilityProcess behind the same interface); parsing in
 * process exists for text the user typed or pasted, and for unit tests of the importers.
 */
export type ImportRunner = {
  parse(request: ParseRequest): Promise<ParsedFile>
  /** Stop any process kept for parsing. */
  dispose(): void
}

/** Parse in this process: only for trusted input (pasted text, our own welcome document) and tests. */
export const inProcessRunner: ImportRunner = { parse: parseFile, dispose: () => {} }
