import { JSDOM } from 'jsdom'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { documentFrom, exportInputFor } from '../../tests/support/exportFixture'
import { generatedAnnotatedDocument } from '../../tests/support/generatedExport'
import { silentProgress } from './exporter'
import { markdownExporter } from './markdownExporter'

/** Payloads that turned Markdown notes into running code in other apps; each calls the canary if it ever runs. */
const payloads = [
  '<script>canary("script")</script>',
  '<img src="x" onerror="canary(\'img\')">',
  '<svg onload="canary(\'svg\')"></svg>',
  '<iframe srcdoc="<script>parent.canary(1)</script>"></iframe>',
  '<a href="javascript:canary(\'a\')">raw link</a>',
  '[click](javascript:canary("md-link"))',
  '[click](JaVaScRiPt:canary("case"))',
  '[data](data:text/html,<script>canary(1)</script>)',
  '![image](javascript:canary("image"))',
  '[ref]\n\n[ref]: javascript:canary("reference")',
  '<javascript:canary("autolink")>',
  '[entity](&#106;avascript:canary("entity"))',
]

const fixture = generatedAnnotatedDocument([
  {
    phrase: 'Hai bên nhất trí',
    comment: payloads.join('\n\n'),
    replies: payloads,
    tags: ['<b onmouseover=canary()>x</b>'],
  },
  {
    phrase: 'hợp tác năng lượng',
    comment: '**Quan trọng**: xem *bản tiếng Nga* và [UNCLOS](https://un.org/unclos), [thư](mailto:vu@mofa.gov.vn)',
    author: '<img src=x onerror=canary("author")>',
  },
])
// The title and the passage come from an imported file, which may hold HTML too.
const hostileTitle = documentFrom(fixture.revision.blocks, '<script>canary("title")</script> Tuyên bố').document

/** The Markdown export of the fixture, rendered to HTML by marked as a notes app would. */
async function renderedExport(): Promise<string> {
  const input = exportInputFor({ ...fixture, document: hostileTitle })
  input.title = hostileTitle.title
  const markdown = new TextDecoder().decode(await markdownExporter.write(input, silentProgress))
  return marked.parse(markdown, { async: false })
}

describe('Markdown export opened in a Markdown renderer', () => {
  it('runs nothing: the canary is never called when the rendered export is loaded with scripts on', async () => {
    const html = await renderedExport()
    const dom = new JSDOM(`<body>${html}</body>`, { runScripts: 'dangerously' })
    const calls: unknown[] = []
    dom.window.canary = (value: unknown) => calls.push(value)
    // Fire what a user would: hover and click every element, load every image.
    for (const element of dom.window.document.querySelectorAll('*')) {
      for (const type of ['error', 'load', 'mouseover', 'click']) element.dispatchEvent(new dom.window.Event(type))
    }
    expect(calls).toEqual([])
    const elements = [...dom.window.document.body.querySelectorAll('*')]
    const allowed = ['P', 'H1', 'H2', 'H3', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'CODE', 'A', 'BR']
    expect(elements.map((element) => element.tagName).filter((tag) => !allowed.includes(tag))).toEqual([])
    const attributes = elements.flatMap((element) => [...element.attributes].map((attribute) => attribute.name))
    expect(attributes.filter((name) => name !== 'href' && name !== 'start')).toEqual([])
    const links = [...dom.window.document.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    expect(links).toEqual(['https://un.org/unclos', 'mailto:vu@mofa.gov.vn'])
    dom.window.close()
  })

  it('shows the hostile text as text and keeps comment formatting', async () => {
    const { document } = new JSDOM(await renderedExport()).window
    const text = document.body.textContent ?? ''
    expect(text).toContain('<script>canary("title")</script> Tuyên bố')
    expect(text).toContain('<img src="x" onerror="canary(\'img\')">')
    expect(text).toContain('click (javascript:canary("md-link"))')
    expect(document.querySelector('strong')?.textContent).toBeDefined()
    expect([...document.querySelectorAll('strong')].map((node) => node.textContent)).toContain('Quan trọng')
    expect([...document.querySelectorAll('em')].map((node) => node.textContent)).toContain('bản tiếng Nga')
    expect([...document.querySelectorAll('code')].map((node) => node.textContent)).toContain(
      '<b onmouseover=canary()>x</b>',
    )
  })
})
