/** A saved e-mail (.eml) as a mail client writes it, with attachments in base64 and a Date header. */
export function buildEml(opts: { date: Date; subject: string; attachments: { name: string; data: Buffer }[] }): Buffer {
  const boundary = '----=_TongKet_test_boundary';
  const wrap = (b64: string) => b64.replace(/.{1,76}/g, '$&\r\n');
  const parts = [
    `From: "LĐLĐ huyện" <ldld@example.invalid>`,
    'To: <bantckt@example.invalid>',
    `Subject: =?UTF-8?B?${Buffer.from(opts.subject).toString('base64')}?=`,
    `Date: ${opts.date.toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(Buffer.from('Kính gửi Ban Tổ chức – Kiểm tra, đơn vị gửi báo cáo tổng kết.').toString('base64')),
  ];
  for (const a of opts.attachments) {
    parts.push(
      `--${boundary}`,
      `Content-Type: application/octet-stream; name="${a.name}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="${a.name}"`,
      '',
      wrap(a.data.toString('base64')),
    );
  }
  parts.push(`--${boundary}--`, '');
  return Buffer.from(parts.join('\r\n'));
}
