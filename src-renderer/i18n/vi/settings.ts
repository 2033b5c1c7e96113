import type { TranslationOf } from '../catalogue'
import type { settings as english } from '../en/settings'

export const settings: TranslationOf<typeof english> = {
  title: 'Cài đặt',
  language: 'Ngôn ngữ giao diện',
  languageSystem: 'Theo hệ thống',
  authorName: 'Tên của bạn trên chú thích',
  authorNameHint: 'Hiển thị trên mọi đoạn tô sáng, bình luận và trả lời của bạn, và trong các bản xuất.',
  theme: 'Giao diện',
  themeSystem: 'Theo hệ thống',
  themeLight: 'Sáng',
  themeDark: 'Tối',
  save: 'Lưu',
  cancel: 'Hủy',
  saved: 'Đã lưu cài đặt',
}
