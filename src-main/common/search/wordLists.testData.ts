/** Words Vietnamese and Russian readers search for, each with the plain form they would type without marks. */
export const vietnameseWords: [word: string, unaccented: string][] = [
  ['Điều', 'dieu'],
  ['Đường', 'duong'],
  ['Việt', 'viet'],
  ['người', 'nguoi'],
  ['nghiêng', 'nghieng'],
  ['hợp tác', 'hop tac'],
  ['đường sắt', 'duong sat'],
  ['Nhà nước', 'nha nuoc'],
  ['Hà Nội', 'ha noi'],
  ['quốc phòng', 'quoc phong'],
  ['năng lượng', 'nang luong'],
  ['Ủy ban', 'uy ban'],
  ['thỏa thuận', 'thoa thuan'],
  ['ĐẶC BIỆT', 'dac biet'],
]

export const russianWords: [word: string, unaccented: string][] = [
  ['Ёлка', 'елка'],
  ['ещё', 'еще'],
  ['Партнёрство', 'партнерство'],
  ['Объём', 'объем'],
  ['Россия', 'россия'],
  ['Вьетнам', 'вьетнам'],
]
