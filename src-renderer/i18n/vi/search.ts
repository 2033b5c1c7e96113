import type { TranslationOf } from '../catalogue'
import type { search as english } from '../en/search'

/** Tìm kiếm trong toàn thư viện và bộ sưu tập theo thẻ. */
export const search: TranslationOf<typeof english> = {
  open: 'Tìm kiếm',
  shortcut: 'Tìm trong toàn thư viện (Ctrl+Shift+F)',
  title: 'Tìm trong thư viện',
  close: 'Đóng',
  views: { search: 'Tìm kiếm', tags: 'Bộ sưu tập theo thẻ' },
  queryLabel: 'Tìm',
  placeholder: 'Từ khóa, "cụm từ", tiền tố*, OR, -loại trừ',
  matchDiacritics: 'Phân biệt dấu',
  syntaxHint:
    'Không phân biệt dấu và chữ hoa trừ khi bật “Phân biệt dấu”: duong sat tìm thấy “đường sắt”. Dùng ngoặc kép cho cụm từ, * cho tiền tố, OR cho một trong hai từ, - để loại trừ.',
  resultsLabel: 'Kết quả tìm kiếm',
  matchCount_one: '{{count}} kết quả',
  matchCount_other: '{{count}} kết quả',
  showMore: 'Xem thêm {{count}} ({{remaining}} chưa hiện)',
  paragraph: '¶ {{label}}',
  showTag: 'Xem mọi đoạn gắn thẻ {{name}}',
  status: {
    indexing_one: 'Vẫn đang lập chỉ mục {{count}} tài liệu — kết quả có thể chưa đầy đủ.',
    indexing_other: 'Vẫn đang lập chỉ mục {{count}} tài liệu — kết quả có thể chưa đầy đủ.',
    empty: 'Hãy nhập một từ để tìm. Chỉ dấu ngoặc kép, ngoặc đơn hay toán tử thì không tìm được gì.',
    onlyExclusions: 'Hãy thêm một từ cần tìm: các từ sau - hoặc NOT chỉ dùng để loại bớt kết quả.',
    noResults: 'Không có gì trong thư viện khớp với “{{query}}”. Hãy bớt từ, hoặc tắt “Phân biệt dấu”.',
    truncated: 'Chỉ liệt kê các kết quả phù hợp nhất. Hãy thêm từ hoặc bộ lọc để thu hẹp.',
    newest:
      'Có quá nhiều đoạn khớp nên các đoạn mới nhất được liệt kê trước, chưa xếp hạng. Hãy thêm từ hoặc bộ lọc để xếp hạng.',
  },
  fields: {
    title: 'Tiêu đề',
    text: 'Văn bản',
    annotation: 'Đánh dấu',
    tag: 'Thẻ',
    comment: 'Bình luận',
  },
  kinds: { text: 'Nội dung tài liệu', annotation: 'Đánh dấu và thẻ', comment: 'Bình luận và trả lời' },
  colors: { yellow: 'Vàng', green: 'Xanh lá', blue: 'Xanh dương', pink: 'Hồng', purple: 'Tím', orange: 'Cam' },
  filters: {
    legend: 'Bộ lọc',
    any: 'Tất cả',
    kind: 'Loại',
    document: 'Tài liệu',
    tag: 'Thẻ',
    color: 'Màu',
    author: 'Người viết',
  },
  tags: {
    choose: 'Thẻ',
    placeholder: 'Chọn một thẻ…',
    none: 'Chưa có thẻ nào',
    option: '{{name}} ({{count}})',
    exportBriefing: 'Xuất thành bản tóm tắt…',
    collectionLabel: 'Các đoạn gắn thẻ {{name}}',
    passageCount_one: '{{count}} đoạn',
    passageCount_other: '{{count}} đoạn',
  },
}
