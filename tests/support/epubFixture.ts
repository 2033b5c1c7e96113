import { strToU8, zipSync, type Zippable } from 'fflate'

const xhtml = (title: string, body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${title}</title></head>
<body>${body}</body></html>`

/**
 * A small EPUB study text made part by part: chapters listed in the manifest in the wrong order and in the spine in
 * the right one, a table of contents (EPUB 3 nav, or an EPUB 2 NCX), a footnote, an image and a script.
 * `extra` adds or replaces parts (META-INF/rights.xml for DRM, say).
 */
export function studyTextEpub(options: { version?: 2 | 3; extra?: Zippable } = {}): Uint8Array {
  const version = options.version ?? 3
  const chapterOne = xhtml(
    'Chương 1',
    `<h1>Chương 1. Lịch sử</h1>
<p>Hiệp định được ký năm 1950.<a epub:type="noteref" href="#fn1">1</a></p>
<p><img src="../images/map.png" alt="Bản đồ"/></p>
<script>window.stolen = document.cookie</script>
<aside epub:type="footnote" id="fn1"><p>1. Theo văn bản lưu trữ.</p></aside>`,
  )
  const chapterTwo = xhtml('Глава 2', `<p>Стороны подписали соглашение.</p><p>Quan hệ phát triển.</p>`)
  const nav = xhtml(
    'Mục lục',
    `<nav epub:type="toc"><ol><li><a href="text/ch1.xhtml">Chương 1. Lịch sử</a></li>
<li><a href="text/ch2.xhtml">Глава 2. Договор</a><ol><li><a href="text/ch2.xhtml#s1">Quan hệ phát triển.</a></li></ol></li></ol></nav>`,
  )
  const ncx = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
<navPoint id="n1"><navLabel><text>Chương 1. Lịch sử</text></navLabel><content src="text/ch1.xhtml"/></navPoint>
<navPoint id="n2"><navLabel><text>Глава 2. Договор</text></navLabel><content src="text/ch2.xhtml"/>
<navPoint id="n3"><navLabel><text>Quan hệ phát triển.</text></navLabel><content src="text/ch2.xhtml#s1"/></navPoint></navPoint>
</navMap></ncx>`
  const opf = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${version}.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Giáo trình quan hệ quốc tế</dc:title><dc:identifier id="id">x</dc:identifier></metadata>
<manifest>
<item id="ch2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
<item id="ch1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
${version === 3 ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'}
<item id="map" href="images/map.png" media-type="image/png"/>
</manifest>
<spine${version === 2 ? ' toc="ncx"' : ''}><itemref idref="ch1"/><itemref idref="ch2"/></spine>
</package>`
  return zipSync({
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(`<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`),
    'OEBPS/content.opf': strToU8(opf),
    'OEBPS/text/ch1.xhtml': strToU8(chapterOne),
    'OEBPS/text/ch2.xhtml': strToU8(chapterTwo),
    ...(version === 3 ? { 'OEBPS/nav.xhtml': strToU8(nav) } : { 'OEBPS/toc.ncx': strToU8(ncx) }),
    'OEBPS/images/map.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    ...options.extra,
  })
}

/** META-INF/encryption.xml naming one algorithm. */
export function encryptionXml(algorithm: string): Uint8Array {
  return strToU8(`<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="OEBPS/text/ch1.xhtml"/></enc:CipherData></enc:EncryptedData>
</encryption>`)
}
