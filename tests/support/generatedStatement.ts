/**
 * A joint statement written for the tests, so every exporter test runs on a fresh clone without ../shared/corpus. It
 * has the shapes the real drafts have: a title, section headings, numbered paragraphs that people cite ("9.",
 * "29(b)"), unnumbered paragraphs between them, list items, hyphens, en and em dashes, Vietnamese with its tone marks
 * and đ, and a Russian paragraph. Filler paragraphs are generated from a fixed word list, so the text is long enough
 * for a briefing of several pages and identical on every run. Paragraphs are separated by blank lines, as in the
 * corpus files.
 */

const subjects = ['Hai bên', 'Phía Việt Nam', 'Phía Nga', 'Các Bộ, ngành hữu quan', 'Ủy ban liên Chính phủ']
const verbs = [
  'nhất trí thúc đẩy',
  'khẳng định sẵn sàng mở rộng',
  'đánh giá cao',
  'ủng hộ việc tăng cường',
  'hoan nghênh',
]
const objects = [
  'hợp tác giáo dục – đào tạo và khoa học – kỹ thuật',
  'giao lưu nhân dân, du lịch và hợp tác giữa các địa phương',
  'thương mại song phương trên cơ sở cùng có lợi',
  'kết nối giao thông vận tải — đường biển, đường sắt và hàng không',
  'trao đổi đoàn các cấp, nhất là cấp cao',
  'hợp tác nông nghiệp, thủy sản và chế biến thực phẩm',
]
const endings = [
  'phù hợp với luật pháp quốc tế và lợi ích của nhân dân hai nước.',
  'trong giai đoạn 2026–2030 và những năm tiếp theo.',
  'nhằm đưa quan hệ Đối tác chiến lược toàn diện đi vào chiều sâu.',
  'trên tinh thần hữu nghị truyền thống, tin cậy và cùng có lợi.',
]

/** A generated numbered paragraph; `seed` picks its words, so the same number always reads the same. */
function fillerParagraph(number: number, seed: number): string {
  const pick = <T>(list: readonly T[], step: number): T => list[(seed * step + number) % list.length]!
  return `${number}. ${pick(subjects, 3)} ${pick(verbs, 5)} ${pick(objects, 7)}, ${pick(objects, 11)} ${pick(endings, 13)}`
}

/** The generated joint statement: plain text with paragraphs separated by blank lines. */
export function generatedJointStatement(fillerParagraphs = 18): string {
  const opening = [
    'TUYÊN BỐ CHUNG',
    'Về việc tiếp tục làm sâu sắc quan hệ Đối tác chiến lược toàn diện giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên bang Nga trong giai đoạn mới',
    'Nhận lời mời của Tổng thống Liên bang Nga Vladimir Vladimirovich Putin, đoàn đại biểu cấp cao Việt Nam đã thăm chính thức Liên bang Nga từ ngày 9 đến ngày 11 tháng 5 năm 2026. Hai bên đã hội đàm trong bầu không khí hữu nghị, tin cậy và hiểu biết lẫn nhau.',
    'I. Quan hệ chính trị – ngoại giao',
    '1. Hai bên đánh giá cao những kết quả đã đạt được kể từ khi thiết lập quan hệ ngoại giao, khẳng định quan hệ hữu nghị truyền thống là tài sản quý báu của nhân dân hai nước.',
    '2. Dù lịch sử có nhiều đổi thay, quan hệ giữa Việt Nam và Liên bang Nga luôn đứng vững, góp phần củng cố hòa bình, an ninh và phát triển ổn định tại khu vực Châu Á - Thái Bình Dương.',
    '- Hợp tác quốc phòng - an ninh là lĩnh vực truyền thống, dựa trên sự tin cậy cao giữa hai bên.',
    'Hợp tác năng lượng - dầu khí',
    '3. Hai bên nhấn mạnh năng lượng - dầu khí là điểm nhấn quan trọng trong hợp tác kinh tế, với các liên doanh hoạt động hiệu quả trên thềm lục địa Việt Nam và tại Liên bang Nga.',
    '4. Hai bên ghi nhận kết quả khóa họp lần thứ 25 của Ủy ban liên Chính phủ về hợp tác kinh tế – thương mại và khoa học – kỹ thuật.',
    '5. Phía Việt Nam cảm ơn Liên bang Nga đã hỗ trợ đào tạo cán bộ; phía Nga đánh giá cao sự đóng góp của cộng đồng người Việt tại Nga.',
    '6. Hai bên nhất trí triển khai hiệu quả Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu.',
    '7. Hai bên khẳng định hợp tác quốc phòng - an ninh tiếp tục là trụ cột quan trọng của quan hệ Đối tác chiến lược toàn diện, không nhằm vào bên thứ ba.',
    'II. Hợp tác kinh tế, năng lượng và khoa học',
    '8. Hai bên nhất trí phối hợp chặt chẽ để tháo gỡ khó khăn về thanh toán, vận tải và logistics.',
    '9. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí, cũng như bảo đảm an ninh năng lượng thông qua các dự án mới.',
    'Hai bên khẳng định tầm quan trọng của việc đẩy nhanh dự án xây dựng Trung tâm khoa học và công nghệ hạt nhân ở Việt Nam, cũng như đào tạo chuyên gia cho ngành năng lượng nguyên tử.',
  ]
  const filler = Array.from({ length: fillerParagraphs }, (_, index) => fillerParagraph(10 + index, index + 1))
  const next = 10 + fillerParagraphs
  const closing = [
    'III. Các vấn đề quốc tế và khu vực',
    `${next}. Hai bên khẳng định tính phổ quát và toàn vẹn của UNCLOS 1982, là khuôn khổ pháp lý cho mọi hoạt động trên biển và đại dương, như Điều 3 của Hiệp định đã nêu.`,
    `${next + 1}(b). Liên bang Nga ủng hộ việc thực hiện đầy đủ Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) và sớm hoàn tất Bộ quy tắc ứng xử (COC) thực chất, hiệu quả.`,
    'Стороны подтвердили приверженность принципам Устава ООН и договорились продолжать тесное взаимодействие в международных организациях — прежде всего в ООН, АСЕАН и АТЭС.',
    '- Hai bên phối hợp tại các diễn đàn đa phương về biến đổi khí hậu và an ninh lương thực.',
    'Kết luận',
    'Đoàn đại biểu Việt Nam cảm ơn sự đón tiếp nồng hậu của Tổng thống Vladimir Putin, lãnh đạo và nhân dân Nga; hai bên nhất trí chuyến thăm tiếp theo sẽ diễn ra vào thời gian thuận tiện.',
  ]
  return [...opening, ...filler, ...closing].join('\n\n').normalize('NFC')
}
