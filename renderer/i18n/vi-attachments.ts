// Vietnamese text of attachments (issue 17): the export page's files and the received ones at the level
// above. Merged into the catalog in vi.ts.
export const viAttachments = {
  'attach.title': 'Tệp đính kèm',
  'attach.help': 'Đính kèm bản quét báo cáo đã ký, đóng dấu (PDF, JPEG, PNG) và ảnh; tệp được ký cùng gói. Mỗi tệp tối đa 20 MB, tối đa 20 tệp.',
  'attach.frozen': 'Lần gửi này đã xuất: các tệp dưới đây đã được ký trong gói. Muốn đổi tệp, hãy mở lần sửa đổi mới.',
  'attach.choose': 'Chọn tệp…',
  'attach.busy': 'Đang đính kèm…',
  'attach.drop': 'hoặc kéo thả tệp vào đây.',
  'attach.none': 'Chưa có tệp đính kèm.',
  'attach.remove': 'Gỡ',
  'attach.removeFile': 'Gỡ tệp {name}',
  'attach.refused': '{n} tệp không đính kèm được',
  'attach.received': 'Tệp đính kèm ({n})',
  'attach.receivedUnit': 'Tệp đính kèm của {unit}',
  'attach.receivedTitle': 'Tệp đính kèm — {unit}, lần gửi {revision}',
  'attach.open': 'Mở',
  'attach.openFile': 'Mở tệp {name}',
  'attach.save': 'Lưu…',
  'attach.saveFile': 'Lưu tệp {name}',
  'attach.saved': 'Đã lưu {path}',
  'attach.dropHint': 'Thả tệp vào đây để đính kèm vào báo cáo',
  'attach.close': 'Đóng',
} as const;
