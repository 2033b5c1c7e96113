import { AppError } from '../common/api/appError'
import { maxImportBytes } from '../common/api/documentsApi'
import { usualExtensions } from '../common/model/importFormats'

/** The largest file we import (defined in the contract, so the renderer can state it). */
export { maxImportBytes }

/** Refusals an importer can give; each code has an English and a Vietnamese message in the errors catalogue. */
export const importRefusals = {
  empty: () => new AppError('import.empty', 'The file is empty: there is no text to import.'),
  tooLarge: (sizeBytes: number) =>
    new AppError(
      'import.tooLarge',
      `The file is ${megabytes(sizeBytes)} MB; files up to ${megabytes(maxImportBytes)} MB can be imported.`,
      { sizeMb: megabytes(sizeBytes), limitMb: megabytes(maxImportBytes) },
    ),
  unsupportedType: (extension: string) =>
    new AppError(
      'import.unsupportedType',
      `Files of type '${extension}' cannot be imported. Use ${usualExtensions()}.`,
      { extension: extension || '?', supported: usualExtensions() },
    ),
  binary: () =>
    new AppError(
      'import.binary',
      'The file does not contain readable text (it looks like a binary file or an unknown encoding).',
    ),
  unknownEncoding: (encoding: string) =>
    new AppError('import.unknownEncoding', `The encoding '${encoding}' is not one we can read.`, { encoding }),
  encrypted: (format: string) =>
    new AppError('import.encrypted', `The ${format.toUpperCase()} file is password-protected or encrypted.`, {
      format: format.toUpperCase(),
    }),
  corrupt: (format: string) =>
    new AppError('import.corrupt', `The ${format.toUpperCase()} file is damaged or not really a ${format} file.`, {
      format: format.toUpperCase(),
    }),
  zipBomb: (format = 'docx') =>
    new AppError(
      'import.zipBomb',
      `The ${format.toUpperCase()} file would expand to an unreasonable size when unpacked, so it was not opened.`,
      { format: format.toUpperCase() },
    ),
  drm: () =>
    new AppError(
      'import.drm',
      'This EPUB book is protected by DRM (copy protection), so its text cannot be read. Import a DRM-free copy.',
    ),
  noTextLayer: () =>
    new AppError('import.noTextLayer', 'This PDF has no text layer (it is probably a scan), so there is no text.'),
  tooDemanding: () =>
    new AppError(
      'import.tooDemanding',
      'Reading this file took too much time or memory, so it was stopped. The library is unchanged.',
    ),
  noText: () => new AppError('import.noText', 'The file contains no text to import.'),
}

function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10
}
