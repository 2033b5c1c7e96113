/**
 * A generated compilation of agreements in Vietnamese, as large as asked: numbered articles ("Điều 12.") of a few
 * sentences each, a chapter heading every fifty articles, and a closing article whose words ("cây bàng cổ thụ")
 * occur nowhere else, so that a find for them has exactly one match, in the last paragraph.
 */
export type LargeTreatyText = { text: string; paragraphs: string[]; lastParagraph: string }

const sentences = [
  'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.',
  'Các bên khẳng định quyết tâm thúc đẩy quan hệ đối tác chiến lược toàn diện.',
  'Phía Nga ủng hộ dự án đường sắt tốc độ cao Bắc – Nam và các dự án hạ tầng giao thông.',
  'Hai bên trao đổi về an ninh thông tin quốc tế và phối hợp chặt chẽ tại các diễn đàn đa phương.',
  'Các bên nhấn mạnh tầm quan trọng của việc giải quyết tranh chấp bằng biện pháp hòa bình.',
  'Hai bên hoan nghênh kết quả của kỳ họp Ủy ban liên Chính phủ về hợp tác kinh tế – thương mại.',
  'Các bên tiếp tục tạo điều kiện thuận lợi cho doanh nghiệp, đầu tư và du lịch của mỗi nước.',
  'Hai bên cam kết tăng cường giao lưu nhân dân, hợp tác giáo dục, đào tạo và khoa học.',
]

/** The closing words that occur only in the last paragraph. */
export const closingWords = 'cây bàng cổ thụ'

/** Generate about `bytes` bytes (UTF-8) of numbered articles; the paragraphs are joined by blank lines. */
export function largeTreatyText(bytes: number): LargeTreatyText {
  const paragraphs: string[] = []
  let size = 0
  for (let article = 1; size < bytes; article++) {
    if (article % 50 === 1) paragraphs.push(`Chương ${Math.ceil(article / 50)}`)
    const count = 3 + (article % 4)
    const body = Array.from({ length: count }, (_, at) => sentences[(article + at * 3) % sentences.length]).join(' ')
    paragraphs.push(`Điều ${article}. ${body}`)
    size += Buffer.byteLength(paragraphs[paragraphs.length - 1]!, 'utf8') + 2
  }
  const lastParagraph = `Điều cuối. Biên bản này được ký dưới bóng ${closingWords} ở Hà Nội, thành hai bản.`
  paragraphs.push(lastParagraph)
  return { text: paragraphs.join('\n\n'), paragraphs, lastParagraph }
}
