import type { TranslationOf } from '../catalogue'
import type { importing as english } from '../en/importing'

export const importing: TranslationOf<typeof english> = {
  actions: {
    import: 'Nhập…',
    importShortcut: 'Nhập tài liệu (Ctrl+O)',
    fromClipboard: 'Tạo từ bộ nhớ tạm',
    fileInput: 'Tệp cần nhập',
  },
  drop: 'Thả tệp vào đây để nhập',
  cancel: 'Hủy',
  preview: {
    title: 'Nhập tài liệu',
    reading: 'Đang đọc {{name}}…',
    file: '{{name}}: {{format}}, {{characters}} ký tự trong {{blocks}} khối.',
    encoding: 'Bảng mã',
    encodingHint: 'Nếu đoạn mẫu hiển thị sai chữ, hãy chọn bảng mã khác.',
    titleField: 'Tiêu đề',
    languageField: 'Ngôn ngữ của văn bản',
    sample: 'Phần đầu văn bản',
    duplicate: 'Văn bản này đã có trong thư viện với tên “{{title}}”. Nhập lại thành một tài liệu riêng?',
    import: 'Nhập',
    importAgain: 'Vẫn nhập lại',
    incomingLabel: 'Chú thích trong tệp',
    people_one: '{{count}} người',
    people_other: '{{count}} người',
    incomingComments_one: '{{count}} bình luận của {{people}} sẽ được nhập thành chú thích.',
    incomingComments_other: '{{count}} bình luận của {{people}} sẽ được nhập thành chú thích.',
    incomingMarkup_one: '{{count}} đánh dấu hoặc ghi chú của {{people}} sẽ được nhập thành chú thích.',
    incomingMarkup_other: '{{count}} đánh dấu và ghi chú của {{people}} sẽ được nhập thành chú thích.',
  },
  report: {
    title: 'Nhập tài liệu',
    working: 'Đang nhập…',
    summary_one: 'Đã nhập {{imported}} trên {{count}} tệp.',
    summary_other: 'Đã nhập {{imported}} trên {{count}} tệp.',
    listLabel: 'Các tệp',
    importing: 'Đang nhập…',
    imported: 'Đã nhập với tên “{{title}}”.',
    refused: 'Không nhập được: {{reason}}',
    open: 'Mở {{title}}',
    importAgain: 'Nhập lại {{name}}',
    close: 'Đóng',
  },
  clipboard: {
    title: 'Tài liệu mới từ bộ nhớ tạm',
    textField: 'Văn bản',
    hint: 'Dán văn bản vào đây (Ctrl+V). Các đoạn cách nhau bằng một dòng trống.',
    titleField: 'Tiêu đề (không bắt buộc)',
    empty: 'Hãy dán văn bản trước.',
    import: 'Tạo tài liệu',
  },
  warnings: {
    unknown: 'Ghi chú khi nhập: {{code}}',
    'import.imagesDropped': 'Đã bỏ qua {{count}} hình ảnh; chỉ phần chữ được nhập.',
    'import.imagesDropped_one': 'Đã bỏ qua một hình ảnh; chỉ phần chữ được nhập.',
    'import.headersRemoved': 'Đã bỏ đầu trang, chân trang và số trang.',
    'import.linksRemoved': 'Đã gỡ bỏ liên kết và nội dung chủ động.',
    'import.externalContentIgnored':
      'Đã bỏ qua {{count}} tệp liên kết từ bên ngoài tài liệu (hình ảnh, mẫu); không có gì được tải về.',
    'import.trackedChangesAccepted':
      'Đã chấp nhận {{count}} thay đổi được theo dõi vào văn bản: giữ phần chèn, bỏ phần xoá.',
    'import.commentsUnreadable':
      'Không đọc được bình luận trong tệp (bị hỏng hoặc quá lớn); văn bản đã được nhập mà không có bình luận.',
    'import.commentsLeftOut': 'Đã bỏ qua {{count}} bình luận vượt quá 10.000 bình luận đầu tiên.',
    'import.annotationsLeftOut': 'Đã bỏ qua {{count}} chú thích vượt quá 5.000 chú thích đầu tiên.',
    'import.annotationsTooMany':
      'Tệp PDF này chứa {{count}} chú thích, nhiều hơn hẳn mức người dùng viết; chúng đã bị bỏ qua và chỉ phần văn bản được nhập.',
    'import.annotationsUnplaced':
      '{{count}} chú thích không đặt được vào văn bản và được giữ ở mục Cần xem lại: {{list}}',
  },
}
