const mailDate = (d: Date): string => d.toUTCString().replace('GMT', '+0000');

/**
 * A saved e-mail (.eml) as a mail client writes it, with attachments in base64 and a Date header (the
 * sender's clock). `received`: the Received lines the mail servers added, topmost (the office's own
 * server, the last to handle it) first; none for a message that never passed a server.
 */
export function buildEml(opts: { date: Date; received?: Date[]; subject: string; attachments: { name: string; data: Buffer }[] }): Buffer {
  const boundary = '----=_TongKet_test_boundary';
  const wrap = (b64: string) => b64.replace(/.{1,76}/g, '$&\r\n');
  const parts = [
    ...(opts.received ?? []).map(
      (d, i) => `Received: from relay${i + 1}.example.invalid (relay${i + 1}.example.invalid [192.0.2.${i + 1}])\r\n\tby mx.laichau.example.invalid with ESMTPS id T${i}; ${mailDate(d)}`,
    ),
    `From: "LĐLĐ huyện" <ldld@example.invalid>`,
    'To: <bantckt@example.invalid>',
    `Subject: =?UTF-8?B?${Buffer.from(opts.subject).toString('base64')}?=`,
    `Date: ${mailDate(opts.date)}`,
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
