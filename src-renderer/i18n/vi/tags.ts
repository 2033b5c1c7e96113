import type { TranslationOf } from '../catalogue'
import type { tags as english } from '../en/tags'

export const tags: TranslationOf<typeof english> = {
  input: 'Thẻ',
  inputHint: 'Nhập thẻ rồi nhấn Enter; dấu “/” tạo cấp bậc (Năng lượng/Hạt nhân).',
  add: 'Thêm thẻ',
  remove: 'Bỏ thẻ {{name}}',
  suggestions: 'Thẻ đã có',
  done: 'Xong',
  manager: {
    title: 'Thẻ',
    empty: 'Chưa có thẻ nào. Gắn thẻ cho chú thích thì thẻ sẽ hiện ở đây.',
    usage_one: '{{count}} chú thích',
    usage_other: '{{count}} chú thích',
    rename: 'Đổi tên',
    renameLabel: 'Tên mới cho {{name}}',
    save: 'Lưu',
    cancel: 'Hủy',
    mergeInto: 'Gộp {{name}} vào',
    mergeChoose: 'Chọn thẻ…',
    merge: 'Gộp',
    color: 'Màu của {{name}}',
    clearColor: 'Không màu',
    delete: 'Xóa',
    confirmDelete: 'Xóa thẻ “{{name}}”? Thẻ sẽ bị bỏ khỏi {{count}} chú thích.',
    confirm: 'Xóa thẻ',
    close: 'Đóng',
  },
}
