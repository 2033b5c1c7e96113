/**
 * Generated drafts for tests that must run without the corpus: a Vietnamese joint statement in numbered paragraphs
 * (with the "Hai bên nhất trí" that diplomatic texts repeat), a Russian and an English one.
 */
export const vietnameseDraft: string[] = [
  'Tuyên bố chung về quan hệ Đối tác Chiến lược toàn diện',
  'Nhận lời mời của Tổng thống Liên bang Nga, Tổng Bí thư đã thăm chính thức Liên bang Nga từ ngày 8 - 11/5.',
  '1. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực năng lượng và công nghiệp dầu khí.',
  '2. Hai bên nhất trí thúc đẩy hợp tác giáo dục, đào tạo và khoa học công nghệ.',
  '3. Hai bên khẳng định quyết tâm xây dựng quan hệ hoà bình, hữu nghị và cùng có lợi.',
  '4. Hai bên cam kết duy trì [cân bằng][hài hòa] lợi ích trong thương mại song phương.',
  '5. Hai bên nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương, trước hết là Liên Hợp Quốc.',
  '6. Phía Nga đánh giá cao vai trò của Việt Nam trong ASEAN và khu vực châu Á - Thái Bình Dương.',
  '7. Hai bên nhất trí mở rộng hợp tác du lịch, giao lưu nhân dân và giữa các địa phương.',
  '8. Hai bên thỏa thuận tiếp tục phối hợp chặt chẽ trong khuôn khổ Ủy ban liên Chính phủ.',
  '9. Hai bên nhất trí tăng cường trao đổi đoàn các cấp, đặc biệt là cấp cao.',
  '10. Hai bên nhấn mạnh tầm quan trọng của việc bảo đảm an ninh năng lượng quốc tế.',
  'Kết luận',
  '11. Tuyên bố này được thông qua tại Mát-xcơ-va, bằng tiếng Việt và tiếng Nga.',
]

export const russianDraft: string[] = [
  'Совместное заявление',
  '1. Стороны договорились укреплять сотрудничество в области энергетики.',
  '2. Стороны подчеркнули важность образования и науки для двусторонних отношений.',
  '3. Стороны приветствовали рост товарооборота и взаимных инвестиций.',
  '4. Стороны договорились продолжать консультации по вопросам безопасности.',
]

export const englishDraft: string[] = [
  'Joint Statement',
  '1. The Parties agreed to strengthen cooperation in energy and oil and gas.',
  '2. The Parties stressed the importance of education, training and science.',
  '3. The Parties welcomed the growth of trade and mutual investment.',
  '4. The Parties agreed to continue consultations on security matters.',
]
