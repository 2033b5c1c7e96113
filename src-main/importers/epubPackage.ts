import { importRefusals } from './importErrors'

/** One entry of a book's table of contents: a file (and maybe a fragment in it), its label and depth from 1. */
export type TocEntry = { file: string; fragment: string | null; label: string; depth: number }

/** What the package document says: the reading order, the table of contents, the title. */
export type EpubPackage = { spine: string[]; toc: TocEntry[]; title: string | null }

/** Font obfuscation (IDPF and Adobe) only mangles embedded fonts; any other encryption method is DRM. */
const fontObfuscation = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC'])

type Parse = (xml: string, type: 'text/xml' | 'text/html') => Document

/**
 * Refuse a DRM-protected book: META-INF/rights.xml (Adobe ADEPT and others), or META-INF/encryption.xml naming any
 * algorithm other than font obfuscation. The text of such a book cannot be read without the vendor's keys.
 */
export function refuseDrm(files: ReadonlyMap<string, Uint8Array>, parse: Parse): void {
  if (files.has('META-INF/rights.xml')) throw importRefusals.drm()
  const encryption = files.get('META-INF/encryption.xml')
  if (!encryption) return
  const document = parse(new TextDecoder().decode(encryption), 'text/xml')
  const methods = Array.from(document.getElementsByTagName('*')).filter((element) =>
    /(^|:)EncryptionMethod$/.test(element.tagName),
  )
  if (methods.some((method) => !fontObfuscation.has(method.getAttribute('Algorithm') ?? ''))) {
    throw importRefusals.drm()
  }
}

/**
 * Read META-INF/container.xml, the package document it points to, and its table of contents: the EPUB 3
 * navigation document (nav epub:type="toc") or, for EPUB 2, the NCX. Paths come back resolved from the archive's
 * root. A book without a package or a spine is refused as damaged.
 */
export function readEpubPackage(files: ReadonlyMap<string, Uint8Array>, parse: Parse): EpubPackage {
  const text = (name: string): string | null => {
    const data = files.get(name)
    return data ? new TextDecoder().decode(data) : null
  }
  const containerXml = text('META-INF/container.xml')
  if (!containerXml) throw importRefusals.corrupt('epub')
  const rootfile = byLocalName(parse(containerXml, 'text/xml'), 'rootfile')[0]?.getAttribute('full-path')
  const opfXml = rootfile ? text(rootfile) : null
  if (!rootfile || !opfXml) throw importRefusals.corrupt('epub')
  const opf = parse(opfXml, 'text/xml')
  const manifest = new Map<string, { href: string; type: string; properties: string }>()
  for (const item of byLocalName(opf, 'item')) {
    const href = item.getAttribute('href')
    if (!href) continue
    manifest.set(item.getAttribute('id') ?? '', {
      href: resolvePath(rootfile, href),
      type: item.getAttribute('media-type') ?? '',
      properties: item.getAttribute('properties') ?? '',
    })
  }
  const spineElement = byLocalName(opf, 'spine')[0]
  const spine = byLocalName(opf, 'itemref')
    .map((itemref) => manifest.get(itemref.getAttribute('idref') ?? ''))
    .filter((item) => item && /html/.test(item.type) && files.has(item.href))
    .map((item) => item!.href)
  if (spine.length === 0) throw importRefusals.corrupt('epub')
  const title = byLocalName(opf, 'title')[0]?.textContent?.trim() || null

  const nav = [...manifest.values()].find((item) => /(^|\s)nav(\s|$)/.test(item.properties))
  const ncx =
    manifest.get(spineElement?.getAttribute('toc') ?? '') ??
    [...manifest.values()].find((item) => item.type === 'application/x-dtbncx+xml')
  let toc: TocEntry[] = []
  const navText = nav ? text(nav.href) : null
  if (nav && navText) toc = navToc(parse(navText, 'text/html'), nav.href)
  const ncxText = ncx ? text(ncx.href) : null
  if (toc.length === 0 && ncx && ncxText) toc = ncxToc(parse(ncxText, 'text/xml'), ncx.href)
  return { spine, toc, title }
}

function navToc(document: Document, base: string): TocEntry[] {
  const navs = Array.from(document.getElementsByTagName('nav'))
  const toc = navs.find((nav) => /(^|\s)toc(\s|$)/.test(nav.getAttribute('epub:type') ?? '')) ?? navs[0]
  if (!toc) return []
  const entries: TocEntry[] = []
  for (const link of Array.from(toc.getElementsByTagName('a'))) {
    let depth = 0
    for (let node: Element | null = link; node && node !== toc; node = node.parentElement) {
      if (node.tagName.toLowerCase() === 'ol' || node.tagName.toLowerCase() === 'ul') depth += 1
    }
    const entry = tocEntry(base, link.getAttribute('href'), link.textContent, depth)
    if (entry) entries.push(entry)
  }
  return entries
}

function ncxToc(document: Document, base: string): TocEntry[] {
  const entries: TocEntry[] = []
  for (const point of byLocalName(document, 'navPoint')) {
    let depth = 0
    for (let node: Element | null = point; node; node = node.parentElement) if (localName(node) === 'navPoint') depth++
    const label = byLocalName(point, 'text')[0]?.textContent ?? null
    const source = byLocalName(point, 'content')[0]?.getAttribute('src') ?? null
    const entry = tocEntry(base, source, label, depth)
    if (entry) entries.push(entry)
  }
  return entries
}

function tocEntry(base: string, href: string | null, label: string | null, depth: number): TocEntry | null {
  const text = (label ?? '').replace(/\s+/g, ' ').trim().normalize('NFC')
  if (!href || !text) return null
  const [file = '', fragment] = href.split('#')
  return { file: resolvePath(base, file), fragment: fragment || null, label: text, depth: Math.max(1, depth) }
}

/** `href` relative to the file `from`, as a path from the archive's root ("OEBPS/text/ch1.xhtml"). */
function resolvePath(from: string, href: string): string {
  let decoded = href
  try {
    decoded = decodeURIComponent(href)
  } catch {
    // A malformed escape is kept as written.
  }
  const parts = from.split('/').slice(0, -1)
  for (const part of decoded.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/')
}

function localName(element: Element): string {
  return element.localName ?? element.tagName.replace(/^.*:/, '')
}

function byLocalName(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((element) => localName(element) === name)
}
