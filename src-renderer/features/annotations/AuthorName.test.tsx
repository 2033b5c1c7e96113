// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupI18n } from '../../i18n/setup'
import { AuthorName } from './AuthorName'
import { authorHue } from './authorColor'

beforeAll(async () => {
  await setupI18n('en')
})

describe('an author’s name on a card or reply', () => {
  it('marks this library’s own user as “you”', () => {
    const html = renderToStaticMarkup(<AuthorName name="Minh" authorId={undefined} />)
    expect(html).toContain('data-initial="M"')
    expect(html.replace(/<[^>]+>/gu, '')).toBe('Minh (you)')
  })

  it('gives a colleague a badge with their initial in their own hue', () => {
    const html = renderToStaticMarkup(<AuthorName name="lan" authorId="colleague-lan" />)
    expect(html).toContain(`--author-hue:${authorHue('colleague-lan')}`)
    expect(html).toContain('data-initial="L"')
    expect(html.replace(/<[^>]+>/gu, '')).toBe('lan')
    expect(html).not.toContain('(you)')
  })
})
