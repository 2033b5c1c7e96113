/** Làm việc nhóm: tệp cho đồng nghiệp, báo cáo hợp nhất, xung đột, chú thích riêng tư, tác giả. */
export const team = {
  exportForColleagues: 'Xuất cho đồng nghiệp…',
  importFromColleague: 'Nhập từ đồng nghiệp…',
  exported: 'Đã lưu {{name}}. Gửi tệp cho đồng nghiệp; họ chọn “Nhập từ đồng nghiệp…”.',
  reportTitle: 'Những gì nhận được từ đồng nghiệp',
  reportDocument: 'Tài liệu: {{title}}',
  reportDocumentCreated: 'Tài liệu này chưa có trong thư viện của bạn; đã được thêm vào.',
  reportNothing: 'Không có gì mới: bạn đã có mọi thứ trong tệp này.',
  reportColleague: '{{name}}: {{new}} mới, {{changed}} đã sửa, {{deleted}} đã xoá, {{conflicts}}',
  conflictCount_one: '{{count}} xung đột',
  conflictCount_other: '{{count}} xung đột',
  unnamedColleague: 'Một đồng nghiệp chưa đặt tên',
  close: 'Đóng',
  conflictTitle: 'Các đồng nghiệp không thống nhất: chọn phiên bản cần giữ',
  versionBy: 'Phiên bản của {{name}}',
  deletedBy: '{{name}} đã xoá',
  shownNow: 'đang hiển thị',
  keepThis: 'Giữ phiên bản này',
  private: 'Riêng tư: không bao giờ rời khỏi máy này',
  allAuthors: 'Tất cả tác giả',
  authorCount: '{{name}} ({{count}})',
  conflictsOnly: 'Xung đột ({{count}})',
  syncOff: 'Chưa có máy chủ nhóm: chia sẻ với đồng nghiệp bằng tệp.',
  syncedNow: 'Vừa đồng bộ xong.',
  syncedAgo_one: 'Đã đồng bộ {{count}} phút trước.',
  syncedAgo_other: 'Đã đồng bộ {{count}} phút trước.',
  offlineWaiting_one: 'Ngoại tuyến, {{count}} thay đổi đang chờ.',
  offlineWaiting_other: 'Ngoại tuyến, {{count}} thay đổi đang chờ.',
  waiting_one: '{{count}} thay đổi đang chờ.',
  waiting_other: '{{count}} thay đổi đang chờ.',
  server: {
    title: 'Máy chủ nhóm (CouchDB)',
    address: 'Địa chỉ máy chủ (https://…)',
    database: 'Cơ sở dữ liệu của nhóm',
    user: 'Tên người dùng',
    password: 'Mật khẩu',
    saveAndSync: 'Kết nối và đồng bộ ngay',
  },
}

/** Lỗi của các lệnh làm việc nhóm, theo mã lỗi. */
export const teamErrors = {
  'team.notABundle':
    'Tệp này không phải tệp Marginalia cho đồng nghiệp (.marginalia). Không có gì được nhập; hãy xin tệp tạo bằng “Xuất cho đồng nghiệp…”.',
  'team.damagedBundle':
    'Tệp .marginalia này bị hỏng ({{detail}}). Không có gì được nhập; hãy nhờ đồng nghiệp xuất lại.',
  'team.documentNotFound': 'Tài liệu này không còn trong thư viện. Hãy làm mới thư viện.',
  'team.noConflict': 'Chú thích này không còn xung đột (có thể đã được giải quyết). Hãy tải lại tài liệu.',
  'team.noSuchVersion': 'Phiên bản này không còn nữa (có thể đã được giải quyết). Hãy tải lại tài liệu.',
  'team.badAddress':
    'Đây không phải địa chỉ máy chủ. Hãy nhập dạng https://server.example.org (không kèm tên người dùng hay mật khẩu).',
  'team.insecureAddress':
    'Địa chỉ máy chủ phải bắt đầu bằng https:// để không ai trên đường truyền đọc được văn bản của bạn (http:// chỉ dùng được trên máy này).',
  'team.badDatabase':
    'Tên cơ sở dữ liệu bắt đầu bằng chữ thường và chỉ gồm chữ thường, chữ số và _$()+-/. Hãy hỏi quản trị viên tên chính xác.',
  'team.wrongPassword': 'Máy chủ từ chối tên người dùng hoặc mật khẩu. Hãy kiểm tra trong Cài đặt › Máy chủ nhóm.',
  'team.noDatabase': 'Máy chủ không có cơ sở dữ liệu với tên này. Hãy kiểm tra tên, hoặc nhờ quản trị viên tạo.',
  'team.certificate':
    'Không thể tin cậy chứng chỉ của máy chủ (hết hạn, tự ký hoặc cho tên khác). Không có gì được gửi; hãy hỏi quản trị viên.',
  'team.unreachable': 'Không kết nối được máy chủ. Các thay đổi của bạn được giữ lại và sẽ gửi ngay khi kết nối được.',
  'team.noServer':
    'Chưa thiết lập máy chủ nhóm. Hãy thêm trong Cài đặt › Máy chủ nhóm, hoặc trao đổi tệp với đồng nghiệp.',
}
