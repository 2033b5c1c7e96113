import { listLabel } from './htmlBlocks'

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

type Level = { start: number; format: string; text: string; suffix: string }
type Numbering = {
  levels: Map<string, Map<number, Level>>
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>
}

/**
 * Word numbers list paragraphs itself ("9.", "12(b)", "Điều 3", "a)") from numbering.xml; the text never contains
 * the number, and mammoth only says "ordered list". Diplomats cite these numbers, so we compute each numbered
 * paragraph's label as Word shows it and write it into the paragraph as text, then remove numbering.xml so that
 * mammoth treats the paragraphs as ordinary ones. Covers direct and style-based numbering, levels with their formats
 * (decimal, letters, roman, bullets), start values and overrides, and restarting deeper levels; counters run per
 * list instance (numId), which is how nearly all documents use them.
 */
export async function writeListNumbers(files: Record<string, Uint8Array>): Promise<void> {
  const numberingXml = files['word/numbering.xml']
  const documentXml = files['word/document.xml']
  if (!numberingXml || !documentXml) return
  const { JSDOM } = await import('jsdom')
  const parse = (bytes: Uint8Array) =>
    new JSDOM(new TextDecoder().decode(bytes), { contentType: 'text/xml' }).window.document
  const numbering = readNumbering(parse(numberingXml))
  const styleNumbering = files['word/styles.xml'] ? readStyleNumbering(parse(files['word/styles.xml'])) : new Map()
  const dom = new JSDOM(new TextDecoder().decode(documentXml), { contentType: 'text/xml' })
  const document = dom.window.document

  const counters = new Map<string, number[]>()
  for (const paragraph of Array.from(document.getElementsByTagName('w:p'))) {
    const properties = child(paragraph, 'w:pPr')
    const numPr = properties && child(properties, 'w:numPr')
    const style = properties && child(properties, 'w:pStyle')?.getAttribute('w:val')
    const fromStyle = style ? styleNumbering.get(style) : undefined
    const numId = (numPr && child(numPr, 'w:numId')?.getAttribute('w:val')) ?? fromStyle?.numId
    const ilvl = Number((numPr && child(numPr, 'w:ilvl')?.getAttribute('w:val')) ?? fromStyle?.ilvl ?? 0)
    if (!numId || numId === '0') continue
    const num = numbering.nums.get(numId)
    const levels = num && numbering.levels.get(num.abstractId)
    const level = levels?.get(ilvl)
    if (!num || !levels || !level) continue
    const counts = counters.get(numId) ?? []
    for (let index = 0; index <= ilvl; index += 1) {
      if (counts[index] === undefined) counts[index] = (num.starts.get(index) ?? levels.get(index)?.start ?? 1) - 1
    }
    counts[ilvl] = (counts[ilvl] ?? 0) + 1
    counts.length = ilvl + 1
    counters.set(numId, counts)
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1
      return formatNumber(counts[index] ?? 1, levels.get(index)?.format ?? 'decimal')
    })
    const shown = level.format === 'bullet' ? bulletText(label) : label
    if (!shown) continue
    const run = document.createElementNS(wordNamespace, 'w:r')
    const text = document.createElementNS(wordNamespace, 'w:t')
    text.setAttribute('xml:space', 'preserve')
    text.textContent = level.suffix === 'nothing' ? shown : `${shown} `
    run.appendChild(text)
    paragraph.insertBefore(run, properties ? properties.nextSibling : paragraph.firstChild)
  }
  files['word/document.xml'] = new TextEncoder().encode(new dom.window.XMLSerializer().serializeToString(document))
  delete files['word/numbering.xml']
}

function child(element: Element, name: string): Element | undefined {
  return Array.from(element.children).find((item) => item.tagName === name)
}

function readNumbering(document: Document): Numbering {
  const levels = new Map<string, Map<number, Level>>()
  for (const abstract of Array.from(document.getElementsByTagName('w:abstractNum'))) {
    const byLevel = new Map<number, Level>()
    for (const level of Array.from(abstract.getElementsByTagName('w:lvl'))) {
      byLevel.set(Number(level.getAttribute('w:ilvl') ?? 0), {
        start: Number(child(level, 'w:start')?.getAttribute('w:val') ?? 1),
        format: child(level, 'w:numFmt')?.getAttribute('w:val') ?? 'decimal',
        text: child(level, 'w:lvlText')?.getAttribute('w:val') ?? '',
        suffix: child(level, 'w:suff')?.getAttribute('w:val') ?? 'tab',
      })
    }
    levels.set(abstract.getAttribute('w:abstractNumId') ?? '', byLevel)
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>()
  for (const num of Array.from(document.getElementsByTagName('w:num'))) {
    const starts = new Map<number, number>()
    for (const override of Array.from(num.getElementsByTagName('w:lvlOverride'))) {
      const start = child(override, 'w:startOverride')?.getAttribute('w:val')
      if (start) starts.set(Number(override.getAttribute('w:ilvl') ?? 0), Number(start))
    }
    nums.set(num.getAttribute('w:numId') ?? '', {
      abstractId: child(num, 'w:abstractNumId')?.getAttribute('w:val') ?? '',
      starts,
    })
  }
  return { levels, nums }
}

/** Paragraph styles that carry numbering (Word's numbered headings, "Điều" styles). */
function readStyleNumbering(document: Document): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, { numId: string; ilvl: number }>()
  for (const style of Array.from(document.getElementsByTagName('w:style'))) {
    const numPr = child(style, 'w:pPr') && child(child(style, 'w:pPr')!, 'w:numPr')
    const numId = numPr && child(numPr, 'w:numId')?.getAttribute('w:val')
    if (numId) {
      styles.set(style.getAttribute('w:styleId') ?? '', {
        numId,
        ilvl: Number(child(numPr, 'w:ilvl')?.getAttribute('w:val') ?? 0),
      })
    }
  }
  return styles
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return listLabel(value, 'a').slice(0, -1)
    case 'upperLetter':
      return listLabel(value, 'A').slice(0, -1)
    case 'lowerRoman':
      return listLabel(value, 'i').slice(0, -1)
    case 'upperRoman':
      return listLabel(value, 'I').slice(0, -1)
    case 'decimalZero':
      return String(value).padStart(2, '0')
    case 'none':
      return ''
    default:
      return String(value)
  }
}

/** Bullets drawn from symbol fonts sit in the Private Use Area; show them as "•", keep real characters ("-", "–"). */
function bulletText(label: string): string {
  const trimmed = label.trim()
  if (!trimmed) return ''
  return /[\uE000-\uF8FF]/.test(trimmed) ? '•' : trimmed
}
