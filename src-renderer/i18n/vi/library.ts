import { importFormatNames } from '@common/model/importFormats'
import type { TranslationOf } from '../catalogue'
import type { library as english } from '../en/library'

export const library: TranslationOf<typeof english> = {
  listLabel_one: '{{count}} tài liệu',
  listLabel_other: '{{count}} tài liệu',
  filter: {
    label: 'Lọc theo tiêu đề',
    placeholder: 'Lọc theo tiêu đề',
    none: 'Không có tiêu đề nào chứa “{{filter}}”.',
  },
  sort: {
    label: 'Sắp xếp theo',
    ascending: 'Thứ tự tăng dần (bấm để giảm dần)',
    descending: 'Thứ tự giảm dần (bấm để tăng dần)',
    keys: {
      title: 'Tiêu đề',
      format: 'Định dạng',
      language: 'Ngôn ngữ',
      size: 'Kích thước',
      annotations: 'Chú thích',
      lastOpened: 'Lần mở gần nhất',
    },
  },
  formats: {
    ...importFormatNames('vi'),
    paste: 'Văn bản dán',
    welcome: 'Chào mừng',
  },
  languages: {
    vi: 'Tiếng Việt',
    ru: 'Tiếng Nga',
    en: 'Tiếng Anh',
    und: 'Chưa rõ ngôn ngữ',
  },
  annotationCount_one: '{{count}} chú thích',
  annotationCount_other: '{{count}} chú thích',
  lastOpened: 'mở lúc {{when}}',
  neverOpened: 'chưa mở lần nào',
  actions: {
    edit: 'Sửa',
    editNamed: 'Sửa thông tin của {{title}}',
    delete: 'Xóa',
    deleteNamed: 'Xóa {{title}}',
  },
  edit: {
    title: 'Thông tin tài liệu',
    titleField: 'Tiêu đề',
    languageField: 'Ngôn ngữ của văn bản',
    source: 'Nhập từ {{name}}.',
    titleRequired: 'Tài liệu cần có tiêu đề.',
    save: 'Lưu',
  },
  delete: {
    title: 'Xóa tài liệu',
    question: 'Xóa “{{title}}”?',
    annotations_one: '{{count}} chú thích của tài liệu cũng bị xóa theo.',
    annotations_other: '{{count}} chú thích của tài liệu cũng bị xóa theo.',
    undoHint: 'Bạn có thể hoàn tác ngay sau đó.',
    backupsNote: 'Các bản sao lưu tạo trước lúc này vẫn còn chứa tài liệu này.',
    fromBackups: 'Xóa cả khỏi các bản sao lưu (thay chúng bằng một bản sao lưu mới tạo; không thể hoàn tác)',
    confirm: 'Xóa',
  },
  undo: {
    deleted: 'Đã xóa “{{title}}”.',
    undo: 'Hoàn tác',
    dismiss: 'Đóng',
  },
  cancel: 'Hủy',
  welcome: {
    title: 'Chào mừng bạn đến với Marginalia',
    hint: 'Thư viện của bạn đang trống. Một tài liệu chào mừng ngắn, song ngữ, hướng dẫn cách đọc, tô sáng và bình luận. Bạn cũng có thể nhập tài liệu của mình (Ctrl+O) hoặc kéo thả tệp vào cửa sổ.',
    open: 'Mở tài liệu chào mừng',
  },
}
