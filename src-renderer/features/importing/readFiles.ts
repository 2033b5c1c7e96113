import type { ImportFile } from '@common/api/documentsApi'

/** Read chosen or dropped files into memory: the renderer sends bytes, never paths, so both hosts work alike. */
export async function readFiles(files: Iterable<File>): Promise<ImportFile[]> {
  return Promise.all(
    Array.from(files, async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  )
}
