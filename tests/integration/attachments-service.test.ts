// The attachments of the revision being written (issue 17), through the contract in-process: names made
// portable, the same file again no change, another file under a used name refused, size limits, removal,
// and the files still there when the data folder is opened again.
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS } from '../../shared/api/attachment-types';
import { GOOD_SAMPLE, readFixture } from '../helpers/fixtures';
import { refusal } from '../helpers/refusal';
import { useServices } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { openAppServices } from '../../electron/services/app-services';
import { computerHooks } from '../helpers/device-protector';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const tempDir = useTempDirs();
const open = useServices();
const closing: { close(): void }[] = [];
afterEach(() => {
  for (const s of closing.splice(0)) s.close();
});

const pdf = (text: string): string => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`).toString('base64');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]).toString('base64');

async function unit(dir: string) {
  const s = open(dir);
  await s.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
  return s;
}

describe('attachments to the revision being written', () => {
  it('makes the name portable, keeps the same file once, and refuses another file under a used name', async () => {
    const { api } = await unit(tempDir());
    const list = await api.addAttachment({ name: 'C:\\Scan\\Báo cáo: đã ký?.PDF', dataBase64: pdf('a') });
    expect(list.map((a) => [a.name, a.mediaType])).toEqual([['Báo cáo- đã ký-.pdf', 'application/pdf']]);
    expect(await api.addAttachment({ name: 'Báo cáo: đã ký?.PDF', dataBase64: pdf('a') })).toHaveLength(1);
    const taken = await refusal(api.addAttachment({ name: 'báo cáo- đã ký-.pdf', dataBase64: pdf('b') }));
    expect(taken.code).toBe('E_ATTACHMENT_NAME');
    expect(taken.message).toContain('Hãy gỡ tệp đó trước');
    const con = await api.addAttachment({ name: 'con.jpg', dataBase64: jpeg });
    expect(con.map((a) => a.name)).toContain('tep-con.jpg');
  });

  it('refuses a file whose content is not what its name says, an empty one, and one too large', async () => {
    const { api } = await unit(tempDir());
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    const wrong = await refusal(api.addAttachment({ name: 'bien-ban.pdf', dataBase64: png }));
    expect(wrong.code).toBe('E_ATTACHMENT_TYPE');
    expect(wrong.message).toBe('Tệp đính kèm «bien-ban.pdf» bị từ chối: nội dung không khớp đuôi ".pdf". Chỉ nhận PDF, JPEG, PNG, DOCX, XLSX (không có macro).');
    expect((await refusal(api.addAttachment({ name: 'trong.pdf', dataBase64: '' }))).code).toBe('E_ATTACHMENT_TYPE');
    expect((await refusal(api.addAttachment({ name: 'chay.exe', dataBase64: pdf('x') }))).code).toBe('E_ATTACHMENT_TYPE');
    const big = Buffer.alloc(ATTACHMENT_LIMITS.fileBytes + 1);
    big.write('%PDF-1.4\n');
    const tooBig = await refusal(api.addAttachment({ name: 'lon.pdf', dataBase64: big.toString('base64') }));
    expect(tooBig.code).toBe('E_ATTACHMENT_SIZE');
    expect(await api.listAttachments({})).toEqual([]);
  });

  it('keeps the files in the data folder, removes one on request, and names one already gone', async () => {
    const dir = tempDir();
    const first = await unit(dir);
    await first.api.addAttachment({ name: 'quet.pdf', dataBase64: pdf('q') });
    await first.api.addAttachment({ name: 'anh.jpg', dataBase64: jpeg });
    first.close();
    const again = open(dir);
    expect((await again.api.listAttachments({})).map((a) => a.name)).toEqual(['quet.pdf', 'anh.jpg']);
    expect((await again.api.removeAttachment({ name: 'anh.jpg' })).map((a) => a.name)).toEqual(['quet.pdf']);
    expect((await refusal(again.api.removeAttachment({ name: 'anh.jpg' }))).code).toBe('E_ATTACHMENT_UNKNOWN');
  });

  it('freezes them with the export: nothing added or removed until revision n+1, which starts without them', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const services = openAppServices({ dataDir: join(dir, 'data'), create: true, clock: () => new Date('2023-05-19T02:30:00Z'), host: computerHooks(join(dir, 'out')) });
    closing.push(services);
    const { api } = services;
    await api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
    await api.loadDraft({ draft: readFixture(GOOD_SAMPLE) });
    await api.addAttachment({ name: 'quet.pdf', dataBase64: pdf('q') });
    await api.exportPackage({});
    expect((await refusal(api.addAttachment({ name: 'them.pdf', dataBase64: pdf('t') }))).code).toBe('E_REVISION_FROZEN');
    expect((await refusal(api.removeAttachment({ name: 'quet.pdf' }))).code).toBe('E_REVISION_FROZEN');
    // The same file again (a repeated `export --attach`) is no change.
    expect((await api.addAttachment({ name: 'quet.pdf', dataBase64: pdf('q') })).map((a) => a.name)).toEqual(['quet.pdf']);
    await api.startRevision({ reason: 'Sửa số liệu phụ lục' });
    expect(await api.listAttachments({})).toEqual([]);
  });
});
