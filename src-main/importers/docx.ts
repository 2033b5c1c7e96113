import { zipSync } from 'fflate'
import type { ImportWarning } from '../common/api/documentsApi'
import { sanitizeWarnings } from './html'
import { blocksFromHtml } from './htmlBlocks'
import type { Importer } from './importer'
import { importRefusals } from './importErrors'
import { sanitizeHtml } from './sanitizeHtml'
import { unpackZipSafely } from './zipGuard'
import { writeListNumbers } from './docxNumbering'
import { countTrackedChanges, markCommentRanges, readWordComments } from './docxComments'
import { threadsFromWordComments } from './docxThreads'
import { finishBlocks } from './finishBlocks'
import { extractMarkers } from './textMarkers'
import { canonicalText } from '../common/text/canonicalText'

/** The parts that hold comments, read by docxComments.ts and kept from mammoth. */
const commentParts = [
  'word/comments.xml',
  'word/commentsExtended.xml',
  'word/commentsIds.xml',
  'word/commentsExtensible.xml',
]

/** An OLE compound file: a legacy .doc, or an encrypted (password-protected) Office document. */
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * Word documents via mammoth, after the archive has been unpacked under our own caps (zipGuard.ts). External
 * list numbers are written into the text as Word shows them (docxNumbering.ts); external
 * relationships (linked images, templates) are neutralised so mammoth never looks outside the file, embedded images
 * are left out with a note in the report, and mammoth's HTML is sanitised like any HTML (it passes `javascript:`
 * links through) before it is read as structure.
 */
export const docxImporter: Importer = {
  format: 'docx',
  async read(bytes) {
    if (compoundFileMagic.every((byte, index) => bytes[index] === byte)) {
      throw isEncryptedPackage(bytes) ? importRefusals.encrypted('docx') : importRefusals.corrupt('docx')
    }
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw importRefusals.corrupt('docx')
    const files = unpackZipSafely(bytes)
    if (!files.has('word/document.xml')) throw importRefusals.corrupt('docx')

    const warnings: ImportWarning[] = []
    let external = 0
    const kept: Record<string, Uint8Array> = {}
    for (const [name, data] of files) {
      // Images are dropped anyway; not handing them on saves memory.
      if (/^word\/media\//.test(name)) continue
      if (name.endsWith('.rels')) {
        const neutral = neutraliseExternalTargets(new TextDecoder().decode(data))
        external += neutral.count
        kept[name] = new TextEncoder().encode(neutral.xml)
      } else kept[name] = data
    }
    const documentXml = new TextDecoder().decode(kept['word/document.xml'])
    const trackedChanges = countTrackedChanges(documentXml)
    const word = await readWordComments(kept)
    if (word.comments.length > 0) kept['word/document.xml'] = new TextEncoder().encode(markCommentRanges(documentXml))
    // We read comments ourselves: mammoth need not parse a part that may be huge or broken.
    for (const part of commentParts) delete kept[part]
    await writeListNumbers(kept)
    const mammoth = (await import('mammoth')).default
    let images = 0
    let result: { value: string }
    try {
      result = await mammoth.convertToHtml(
        { buffer: Buffer.from(zipSync(kept, { level: 0 })) },
        {
          convertImage: mammoth.images.imgElement(async () => {
            images += 1
            return { src: '' }
          }),
        },
      )
    } catch {
      throw importRefusals.corrupt('docx')
    }
    const sanitized = await sanitizeHtml(result.value)
    if (images > 0) warnings.push({ code: 'import.imagesDropped', params: { count: images } })
    warnings.push(...sanitizeWarnings({ ...sanitized, images: 0 }))
    if (external > 0) warnings.push({ code: 'import.externalContentIgnored', params: { count: external } })
    warnings.push(...word.warnings)
    if (trackedChanges > 0) warnings.push({ code: 'import.trackedChangesAccepted', params: { count: trackedChanges } })
    // Comment ranges travel through mammoth as markers and come out of the final blocks as offsets.
    const { blocks, positions } = extractMarkers(finishBlocks(blocksFromHtml(sanitized.body)))
    const incoming = threadsFromWordComments(word, positions, canonicalText(blocks))
    return { blocks, encoding: null, encodingChoices: [], warnings, incoming, trackedChanges }
  },
}

/** Encrypted OOXML is a compound file holding an "EncryptionInfo" stream (its name is UTF-16 in the directory). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle)
}

/**
 * Point every external relationship at "#": hyperlinks keep their text, linked images and templates can no longer
 * be fetched. Returns how many non-hyperlink externals there were (the report mentions them).
 */
function neutraliseExternalTargets(xml: string): { xml: string; count: number } {
  let count = 0
  const rewritten = xml.replace(/<Relationship\b[^>]*>/g, (element) => {
    if (!/TargetMode\s*=\s*["']External["']/i.test(element)) return element
    if (!/\/hyperlink["']/.test(element)) count += 1
    return element.replace(/Target\s*=\s*("[^"]*"|'[^']*')/, 'Target="#"')
  })
  return { xml: rewritten, count }
}
