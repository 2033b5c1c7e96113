import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'
import { constants as zlibConstants, deflateRawSync } from 'node:zlib'

/** A 1×1 transparent PNG. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/**
 * A Word document made with the `docx` package: heading, emphasis, typed numbers, Word's own numbering ("9.",
 * "9(a)", "Điều 3."), a table, a javascript: link and an image.
 */
export async function makeDraftDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 9, alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%1(%2)', alignment: AlignmentType.START },
          ],
        },
        {
          reference: 'articles',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: 'Điều %1.', start: 3, alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Tuyên bố chung Việt Nam – Liên bang Nga', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('9. Hai bên '),
              new TextRun({ text: 'nhất trí', bold: true }),
              new TextRun(' tăng cường '),
              new TextRun({ text: 'hợp tác', italics: true }),
              new TextRun(' về đường sắt.'),
            ],
          }),
          new Paragraph({ text: '12(b) Điều 3 được giữ nguyên.' }),
          new Paragraph({ text: 'Năng lượng', numbering: { reference: 'points', level: 0 } }),
          new Paragraph({ text: 'Dầu khí', numbering: { reference: 'points', level: 1 } }),
          new Paragraph({ text: 'Hạt nhân', numbering: { reference: 'points', level: 1 } }),
          new Paragraph({ text: 'Giáo dục', numbering: { reference: 'points', level: 0 } }),
          new Paragraph({ text: 'Phạm vi điều chỉnh', numbering: { reference: 'articles', level: 0 } }),
          new Paragraph({
            children: [
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('Liên kết')] }),
              new TextRun(' và ảnh '),
              new ImageRun({ type: 'png', data: pixel, transformation: { width: 10, height: 10 } }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Điều')] }),
                  new TableCell({ children: [new Paragraph('Nội dung')] }),
                ],
              }),
            ],
          }),
          new Paragraph({ text: 'Kết luận', heading: HeadingLevel.HEADING_2 }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/**
 * A DOCX-shaped zip bomb: a few hundred kilobytes that unpack to `megabytes` of XML. The deflate stream is one
 * fully flushed megabyte of spaces repeated (valid DEFLATE, built in milliseconds). With `lie`, the central
 * directory claims a tiny size, so only counting while inflating can catch it.
 */
export function makeZipBomb(megabytes: number, lie = false): Uint8Array {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: zlibConstants.Z_FULL_FLUSH })
  const data = Buffer.concat([...Array.from({ length: megabytes }, () => segment), Buffer.from([0x03, 0x00])])
  const size = lie ? 1000 : megabytes * 1024 * 1024
  return storeZip([
    { name: '[Content_Types].xml', method: 0, data: Buffer.from('<?xml version="1.0"?><Types/>'), size: 29 },
    { name: 'word/document.xml', method: 8, data, size },
  ])
}

type RawEntry = { name: string; method: 0 | 8; data: Buffer; size: number }

/** Write a ZIP container around entries whose data is already packed (CRCs are not checked before inflating). */
function storeZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const header = Buffer.alloc(30)
    header.writeUInt32LE(0x04034b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(entry.method, 8)
    header.writeUInt32LE(entry.data.length, 18)
    header.writeUInt32LE(entry.size, 22)
    header.writeUInt16LE(name.length, 26)
    locals.push(header, name, entry.data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(entry.method, 10)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += header.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...locals, directory, end]))
}
