import type { StudyCard } from './card'

/**
 * A deck as Anki's "Import File" reads it: tab-separated notes of the Cloze note type, with the file headers that
 * tell Anki the separator, that fields are plain text, the note type, the deck and which column holds tags.
 * Columns: Text, Back Extra, Source ("document title ¶ paragraph"), tags. A question card becomes a cloze note
 * whose whole answer is the gap, so one note type imports everything.
 */
export function ankiDeckText(deckName: string, cards: StudyCard[]): string {
  const lines = [
    '#separator:tab',
    '#html:false',
    '#notetype:Cloze',
    `#deck:${field(deckName)}`,
    '#tags column:4',
    '#columns:Text\tBack Extra\tSource\tTags',
  ]
  for (const card of cards) {
    const text = card.kind === 'cloze' ? card.prompt : `${card.prompt} {{c1::${card.answer}}}`
    const source = `${card.documentTitle} ¶${card.sourceLabel.replace(/^¶/, '')}`
    const tags = card.tags.map((tag) => tag.replace(/\s+/g, '_')).join(' ')
    lines.push([field(text), '', field(source), field(tags)].join('\t'))
  }
  return lines.join('\n') + '\n'
}

/** Tabs and line breaks would split a note; with html:false Anki shows the text as written otherwise. */
function field(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ').trim()
}
