import { finishBlocks } from './finishBlocks'
import type { ImportedContent, ReadOptions } from './importer'
import { extensionOf, importerFor } from './index'
import { importRefusals, maxImportBytes } from './importErrors'
import { readPastedText } from './pastedText'

/** A file to parse, as it crosses into the import worker; `pasted` marks text from the clipboard, not a file. */
export type ParseRequest = { name: string; bytes: Uint8Array; options: ReadOptions; pasted?: boolean }

/** A parsed file, as it comes back from the import worker. */
export type ParsedFile = ImportedContent & {
  format: NonNullable<ReturnType<typeof importerFor>>['format'] | 'paste'
}

/**
 * Turn untrusted bytes into blocks: the checks every format shares (empty, too large, unknown type), the format's
 * importer, then the guarantees the canonical text relies on (NFC, no '\n' in a block, no empty block).
 * Runs inside the import worker; throws AppErrors with `import.*` codes.
 */
export async function parseFile(request: ParseRequest): Promise<ParsedFile> {
  const { name, bytes, options } = request
  if (bytes.length > maxImportBytes) throw importRefusals.tooLarge(bytes.length)
  if (request.pasted) {
    const content = readPastedText(bytes)
    const blocks = finishBlocks(content.blocks)
    if (blocks.length === 0) throw importRefusals.empty()
    return { ...content, blocks, format: 'paste' }
  }
  const importer = importerFor(name)
  if (!importer) throw importRefusals.unsupportedType(extensionOf(name))
  if (bytes.length === 0) throw importRefusals.empty()
  const content = await importer.read(bytes, options)
  const blocks = finishBlocks(content.blocks)
  if (blocks.length === 0) throw importRefusals.noText()
  return { ...content, blocks, format: importer.format }
}
