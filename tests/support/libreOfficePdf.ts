import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Block } from '../../src-main/common/model/document'
import { makeTempDirectory } from './tempDirectory'

/** True when `soffice` (LibreOffice) runs on this machine. */
export const sofficeAvailable = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 })
    return true
  } catch {
    return false
  }
})()

/** How a fixture is laid out on paper: page size, and how paragraphs are told apart (space after, or indent). */
export type PaperLayout = {
  paper: 'A4' | 'Letter'
  /** `spaced`: a blank gap after each paragraph; `indented`: a first-line indent and no gap. */
  paragraphs: 'spaced' | 'indented'
  /** A running header printed on every page (dropped on import). */
  header: string
}

const paperSizes = { A4: ['21cm', '29.7cm'], Letter: ['8.5in', '11in'] } as const

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A flat ODT (one XML file LibreOffice opens as a Writer document) holding the blocks as justified body text,
 * headings in a larger bold font, a running header and a page number in the footer.
 */
export function flatOdtOf(blocks: readonly Block[], layout: PaperLayout): string {
  const [width, height] = paperSizes[layout.paper]
  const spaced = layout.paragraphs === 'spaced'
  const body = blocks
    .map((block) =>
      block.kind === 'heading'
        ? `<text:h text:style-name="Heading" text:outline-level="${block.level ?? 2}">${escapeXml(block.text)}</text:h>`
        : `<text:p text:style-name="Body">${escapeXml(block.text)}</text:p>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
  <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'"
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
  <style:style style:name="Body" style:family="paragraph">
    <style:paragraph-properties fo:text-align="justify" fo:margin-top="0cm"
      fo:margin-bottom="${spaced ? '0.3cm' : '0cm'}" fo:text-indent="${spaced ? '0cm' : '1cm'}"/>
    <style:text-properties style:font-name="DejaVu Serif" fo:font-size="11pt" fo:language="vi" fo:country="VN"
      fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph">
    <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/>
    <style:text-properties style:font-name="DejaVu Serif" fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties style:font-name="DejaVu Serif" fo:font-size="9pt"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="Paper">
    <style:page-layout-properties fo:page-width="${width}" fo:page-height="${height}" fo:margin-top="1.5cm"
      fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>
    <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
    <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
  </style:page-layout>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Paper">
    <style:header><text:p text:style-name="Furniture">${escapeXml(layout.header)}</text:p></style:header>
    <style:footer><text:p text:style-name="Furniture">Trang <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
</office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`
}

/**
 * Print flat ODT documents to PDF with LibreOffice headless, all in one run (starting it is the slow part), and
 * return each PDF by the name it was given. Needs `soffice` (see `sofficeAvailable`).
 */
export function printWithLibreOffice(documents: Record<string, string>): Record<string, Uint8Array> {
  const folder = makeTempDirectory('marginalia-office-pdf')
  try {
    const inputs = Object.entries(documents).map(([name, xml]) => {
      const input = path.join(folder.path, `${name}.fodt`)
      fs.writeFileSync(input, xml)
      return input
    })
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(folder.path, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder.path,
        ...inputs,
      ],
      { stdio: 'ignore', timeout: 240_000 },
    )
    return Object.fromEntries(
      Object.keys(documents).map((name) => [
        name,
        new Uint8Array(fs.readFileSync(path.join(folder.path, `${name}.pdf`))),
      ]),
    )
  } finally {
    folder.remove()
  }
}
