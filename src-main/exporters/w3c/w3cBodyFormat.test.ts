import { describe, expect, it } from 'vitest'
import { exportInputFor } from '../../../tests/support/exportFixture'
import { generatedAnnotatedDocument } from '../../../tests/support/generatedExport'
import { silentProgress } from '../exporter'
import { w3cExporter } from '../w3cExporter'

type Body = { purpose?: string; value: string; format?: string }
type Item = { motivation?: string; body: Body | Body[] }

describe('W3C export of comment bodies', () => {
  it('says text/markdown for a body that uses Markdown and text/plain for one that does not', async () => {
    const fixture = generatedAnnotatedDocument([
      {
        phrase: 'Hai bên nhất trí',
        comment: '**Quan trọng**: xem [UNCLOS](https://un.org/unclos)',
        replies: ['Đồng ý'],
      },
      { phrase: 'hợp tác năng lượng', comment: 'Cần số liệu 2024, xem https://mofa.gov.vn', replies: ['- một\n- hai'] },
    ])
    const bytes = await w3cExporter.write(exportInputFor(fixture), silentProgress)
    const items = (JSON.parse(new TextDecoder().decode(bytes)) as { first: { items: Item[] } }).first.items
    const bodies = items.flatMap((item) => (Array.isArray(item.body) ? item.body : [item.body]))
    const formatOf = (value: string) => bodies.find((body) => body.value === value)?.format
    expect(formatOf('**Quan trọng**: xem [UNCLOS](https://un.org/unclos)')).toBe('text/markdown')
    expect(formatOf('Đồng ý')).toBe('text/plain')
    expect(formatOf('Cần số liệu 2024, xem https://mofa.gov.vn')).toBe('text/plain')
    expect(formatOf('- một\n- hai')).toBe('text/markdown')
  })
})
