import { generatedJointStatement } from './generatedStatement'

const longSentences = [
  'Hai bên nhất trí tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương, trước hết là Liên hợp quốc, ASEAN và APEC',
  'trao đổi thường xuyên về các vấn đề quốc tế và khu vực cùng quan tâm, trong đó có an ninh năng lượng - lương thực',
  'thúc đẩy hợp tác giữa các bộ, ngành và địa phương của Việt Nam - Nga trên cơ sở bình đẳng và cùng có lợi',
  'theo khoản 12 của Hiệp định năm 2012 và các thỏa thuận đã ký kết giữa hai Chính phủ',
  'khuyến khích doanh nghiệp hai nước mở rộng đầu tư vào các lĩnh vực công nghiệp chế biến, nông nghiệp công nghệ cao',
]

/** A paragraph of about `sentences` clauses, long enough to run over several lines and, placed well, a page break. */
function longParagraph(number: number, sentences: number): string {
  const clauses = Array.from(
    { length: sentences },
    (_, index) => longSentences[(index + number) % longSentences.length],
  )
  return `${number}. ${clauses.join('; ')}.`
}

/**
 * The generated joint statement for the PDF layout tests: its headings, numbered paragraphs, dash bullets and
 * Russian, with two long paragraphs (about twelve lines each) among them so that paragraphs cross page breaks
 * at any paper size, and phrases ("Việt Nam - Nga", "khoản 12") that can wrap onto a line of their own start.
 * About three pages at 11 pt. Paragraphs are separated by blank lines.
 */
export function geometryStatement(): string {
  const paragraphs = generatedJointStatement(6).split('\n\n')
  const middle = Math.floor(paragraphs.length / 2)
  return [
    ...paragraphs.slice(0, 6),
    longParagraph(40, 9),
    ...paragraphs.slice(6, middle),
    longParagraph(41, 11),
    ...paragraphs.slice(middle),
  ].join('\n\n')
}
