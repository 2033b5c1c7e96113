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
    next: 'Tiếp',
    previous: 'Trước',
    close: 'Đóng tìm kiếm',
    matchDiacritics: 'Phân biệt dấu',
  },
  zoom: {
    smaller: 'Chữ nhỏ hơn',
    larger: 'Chữ lớn hơn',
    reset: 'Cỡ chữ {{percent}}%, đặt lại 100%',
  },
}
