import type { TranslationOf } from '../catalogue'
import type { reader as english } from '../en/reader'

export const reader: TranslationOf<typeof english> = {
  opening: 'Đang mở tài liệu…',
  openFailed: 'Không mở được tài liệu',
  textRegion: 'Nội dung của {{title}}',
  outline: {
    title: 'Mục lục',
    toggle: 'Mục lục',
    empty: 'Tài liệu này không có tiêu đề mục.',
  },
  find: {
    open: 'Tìm',
    region: 'Tìm trong tài liệu',
    label: 'Tìm trong tài liệu',
    placeholder: 'Tìm (không cần dấu)',
    position: '{{current}} / {{count}}',
    noMatches: 'Không tìm thấy',
    waiting: 'Đang đọc toàn bộ văn bản…',
    next: 'Tiếp',
    previous: 'Trước',
    close: 'Đóng tìm kiếm',
    matchDiacritics: 'Phân biệt dấu',
  },
  caret: {
    toggle: 'Chọn bằng bàn phím (F7)',
    description:
      'Nhấn F7 để chọn văn bản bằng bàn phím: phím mũi tên di chuyển, Shift+mũi tên chọn, Ctrl+Shift+mũi tên theo từ, Ctrl+Shift+↓ theo đoạn; sau đó nhấn 1–6 để tô màu.',
    on: 'Đã bật chọn bằng bàn phím: Shift+mũi tên để chọn, Ctrl+Shift+mũi tên theo từ, Ctrl+Shift+↓ theo đoạn; sau đó 1–6 để tô màu, Ctrl+Alt+M để bình luận. Nhấn F7 để tắt.',
    off: 'Đã tắt chọn bằng bàn phím.',
  },
  zoom: {
    smaller: 'Chữ nhỏ hơn',
    larger: 'Chữ lớn hơn',
    reset: 'Cỡ chữ {{percent}}%, đặt lại 100%',
  },
}
