// The province's reading desk through the contract, in one process with real SQLite and real signed
// packages: a received revision opened from its package verified again (never from an unverified
// file), two revisions compared field by field with the unit's reason, a decision from the report view
// whose field comments reach the unit's editor in the receipt, and home's counts for a prepared set.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../electron/services/inbox/import-files';
import { openSafeZip } from '../../electron/services/package/zip-read';
import { fingerprint } from '../../electron/services/signing/minisign';
import { variedValues } from '../helpers/province-sample';
import { importInto, makeWorld, unitExports, type World } from '../helpers/province-world';
import { refusal } from '../helpers/refusal';
import { tampered } from '../helpers/unit-package';
import { FIXED_NOW } from '../helpers/services';

let root: string;
let w: World;
const TAM = 'LDLD-TAMDUONG';
const REASON = 'Sửa số liệu phụ lục và bổ sung nhận xét mục 4';
const idOf = (code: string, revision: number): number => {
  const row = w.province.ctx.inbox.placed('1563-TK-2023', code).find((r) => r.revision === revision);
  if (!row) throw new Error(`no ${code} r${revision}`);
  return row.id;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-reading-'));
  w = await makeWorld(root);
  expect((await importInto(w, [{ name: 'tam-r1.tongket', bytes: await unitExports(w, TAM, 0) }]))[0]?.outcome).toBe('accepted');
  // The unit revises: a narrative, a cell of the targets table and an appendix value change.
  const unit = w.units.get(TAM);
  if (!unit) throw new Error('no unit');
  await unit.api.startRevision({ reason: REASON });
  await unit.api.saveField({ key: 's4.narrative', value: 'Đoạn thứ nhất đã sửa.\n- Ý một\n- Ý hai' });
  const targets = structuredClone(variedValues(0)['s1.targets']) as Record<string, unknown>[];
  (targets[0] as Record<string, unknown>).achieved = 97;
  await unit.api.saveField({ key: 's1.targets', value: targets });
  await unit.api.saveField({ key: 'pl.members.end', value: (variedValues(0)['pl.members.end'] as number) + 5 });
  const r2 = await unit.api.exportPackage({});
  const bytes = readFileSync(join(root, TAM, 'out', r2.packageFile));
  expect((await importInto(w, [{ name: 'tam-r2.tongket', bytes }]))[0]?.outcome).toBe('superseded');
}, 120_000);

afterAll(() => {
  w?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a received revision, opened', () => {
  it('reads its text and numbers from the package, with signer, key fingerprint, time received and its basis', async () => {
    const r = await w.province.api.openReceived({ inboxId: idOf(TAM, 1) });
    expect(r.unitCode).toBe(TAM);
    expect(r.revision).toBe(1);
    expect(r.state).toBe('superseded');
    expect(r.values['s4.narrative']).toBe(variedValues(0)['s4.narrative']);
    expect(r.values['pl.members.end']).toBe(variedValues(0)['pl.members.end']);
    expect(r.signer).toEqual({ name: 'Người Ký Thử', title: 'CHỦ TỊCH' });
    const key = w.units.get(TAM)?.ctx.keys.ownActive(TAM);
    expect(r.fingerprint).toBe(key ? fingerprint(key.publicKey) : 'none');
    expect(r.receivedAt).toBe(FIXED_NOW.toISOString());
    expect(r.receivedBasis).toBe('import');
    expect(r.unit.name).toContain('Tam Đường');
    expect(r.parent?.code).toBe('LDLD-LAICHAU');
    expect(r.documents.map((d) => d.path)).toEqual(expect.arrayContaining(['render/report.docx', 'render/appendix.xlsx']));
    expect(r.attachments).toEqual([]);
    expect(r.revisions.map((x) => [x.revision, x.state, x.reason])).toEqual([
      [1, 'superseded', null],
      [2, 'current', REASON],
    ]);
  });

  it('saves its DOCX exactly as signed in the package, and no file the package does not list', async () => {
    const id = idOf(TAM, 2);
    const saved = await w.province.api.savePackageFile({ inboxId: id, path: 'render/report.docx' });
    expect(saved.fileName).toBe('LDLD-TAMDUONG_r2_report.docx');
    const stored = w.province.ctx.inbox.contents(id);
    const zip = await openSafeZip(stored?.package ?? Buffer.alloc(0));
    try {
      expect(readFileSync(saved.path).equals(await zip.read('render/report.docx'))).toBe(true);
    } finally {
      zip.close();
    }
    expect((await refusal(w.province.api.savePackageFile({ inboxId: id, path: 'data/report.json' }))).code).toBe('E_INPUT');
    expect((await refusal(w.province.api.savePackageFile({ inboxId: id, path: '../../etc/passwd' }))).code).toBe('E_INPUT');
  });

  it('never shows a package whose stored bytes no longer verify, nor one held or unknown', async () => {
    const id = idOf(TAM, 1);
    const db = w.province.ctx.db;
    const original = db.prepare<[number], { package: Buffer }>('SELECT package FROM inbox WHERE id = ?').get(id)?.package as Buffer;
    // A byte of a signed entry changed in the stored copy (as a disk or a hand could): it no longer verifies.
    const bent = tampered(original);
    db.prepare('UPDATE inbox SET package = ? WHERE id = ?').run(bent, id);
    try {
      const e = await refusal(w.province.api.openReceived({ inboxId: id }));
      expect(['E_HASH', 'E_ZIP']).toContain(e.code);
    } finally {
      db.prepare('UPDATE inbox SET package = ? WHERE id = ?').run(original, id);
    }
    expect((await refusal(w.province.api.openReceived({ inboxId: 9_999 }))).code).toBe('E_SOURCE_UNKNOWN');
  });
});

describe('two revisions compared', () => {
  it('lists every changed field, old beside new, and the unit’s reason', async () => {
    // Named in either order, the older one is "from".
    const c = await w.province.api.compareRevisions({ fromId: idOf(TAM, 2), toId: idOf(TAM, 1) });
    expect([c.from.revision, c.to.revision]).toEqual([1, 2]);
    expect(c.reasons).toEqual([{ revision: 2, reason: REASON }]);
    expect(c.changes.map((x) => x.key)).toEqual(['s1.targets', 's4.narrative', 'pl.members.end']);
    const narrative = c.changes.find((x) => x.key === 's4.narrative');
    expect(narrative?.old).toBe(String(variedValues(0)['s4.narrative']).trim());
    expect(narrative?.new).toBe('Đoạn thứ nhất đã sửa.\n- Ý một\n- Ý hai');
    expect(c.changes.find((x) => x.key === 's1.targets')?.cells).toEqual([{ row: 1, column: 'Kết quả', old: '95,3', new: '97' }]);
    const members = c.changes.find((x) => x.key === 'pl.members.end');
    expect(members?.kind).toBe('appendix');
    expect(members?.new).not.toBe(members?.old);
  });

  it('refuses to compare revisions of two different units', async () => {
    await importInto(w, [{ name: 'pt.tongket', bytes: await unitExports(w, 'LDLD-PHONGTHO', 1) }]);
    expect((await refusal(w.province.api.compareRevisions({ fromId: idOf(TAM, 1), toId: idOf('LDLD-PHONGTHO', 1) }))).code).toBe('E_INPUT');
  });
});

describe('deciding from the report view', () => {
  it('decides only the current revision, and only the one read', async () => {
    const r1 = await w.province.api.openReceived({ inboxId: idOf(TAM, 1) });
    const e = await refusal(w.province.api.decideReceived({ inboxId: r1.inboxId, manifestSha256: r1.manifestSha256, decision: 'accepted', comment: '', fields: [] }));
    expect(e.message).toContain('không còn là bản đang dùng (đã có lần 2)');
    const r2 = await w.province.api.openReceived({ inboxId: idOf(TAM, 2) });
    const wrong = await refusal(w.province.api.decideReceived({ inboxId: r2.inboxId, manifestSha256: r1.manifestSha256, decision: 'accepted', comment: '', fields: [] }));
    expect(wrong.message).toContain('không khớp');
    const unknownField = await refusal(w.province.api.decideReceived({ inboxId: r2.inboxId, manifestSha256: r2.manifestSha256, decision: 'returned', comment: '', fields: [{ key: 's99.x', comment: 'x' }] }));
    expect(unknownField.code).toBe('E_FIELD_UNKNOWN');
  });

  it('returns with multi-line comments on fields; the receipt carries them to the unit in the same {key, comment} form', async () => {
    const r2 = await w.province.api.openReceived({ inboxId: idOf(TAM, 2) });
    const issued = await w.province.api.decideReceived({
      inboxId: r2.inboxId,
      manifestSha256: r2.manifestSha256,
      decision: 'returned',
      comment: 'Đề nghị sửa hai chỗ.\nGửi lại trước 25/5.',
      fields: [
        { key: 'pl.members.end', comment: 'Chưa khớp sổ theo dõi.\nKiểm tra lại.' },
        { key: 's4.narrative', comment: 'Bổ sung số liệu.' },
        { key: 's4.narrative', comment: '  ' },
      ],
    });
    expect(issued).toMatchObject({ unitCode: TAM, revision: 2, decision: 'returned' });
    const again = await w.province.api.openReceived({ inboxId: r2.inboxId });
    expect(again.review?.decision).toBe('returned');
    expect((await w.province.api.getTracker({})).find((t) => t.unitCode === TAM)?.status).toBe('returned');

    const unit = w.units.get(TAM);
    const provinceKey = w.province.ctx.keys.ownActive('LDLD-LAICHAU');
    if (!unit || !provinceKey) throw new Error('setup');
    unit.ctx.keys.registerForeign('LDLD-LAICHAU', provinceKey.publicKey, FIXED_NOW.toISOString());
    const lines = await unit.api.importUploads({ files: [{ name: issued.fileName, dataBase64: readFileSync(issued.path).toString('base64') }] });
    expect(lines[0]?.outcome).toBe('receipt');
    const status = await unit.api.getReceiptStatus({});
    expect(status?.decision).toBe('returned');
    expect(status?.comment).toBe('Đề nghị sửa hai chỗ.\nGửi lại trước 25/5.');
    expect(status?.fields).toEqual([
      { key: 'pl.members.end', comment: 'Chưa khớp sổ theo dõi.\nKiểm tra lại.' },
      { key: 's4.narrative', comment: 'Bổ sung số liệu.' },
    ]);
  });
});

describe('home at a glance', () => {
  it('counts the current campaign exactly: on time, late, returned, accepted, waiting for a key, missing', async () => {
    // Tam Đường returned (above), Phong Thổ on time (above). Now: Nậm Nhùn accepted, Sìn Hồ received
    // after its deadline by the mail server's clock, Mường Tè held for a key nobody confirmed.
    await importInto(w, [{ name: 'nn.tongket', bytes: await unitExports(w, 'LDLD-NAMNHUN', 2) }]);
    const nn = await w.province.api.openReceived({ inboxId: idOf('LDLD-NAMNHUN', 1) });
    await w.province.api.decideReceived({ inboxId: nn.inboxId, manifestSha256: nn.manifestSha256, decision: 'accepted', comment: '', fields: [] });
    const late = await unitExports(w, 'LDLD-SINHO', 3);
    const lines = await importFiles(w.province.ctx, [{ source: 'sinho.eml', bytes: late, receivedAt: new Date('2023-05-25T03:00:00Z'), receivedBasis: 'mail-server' }]);
    expect(lines[0]?.outcome).toBe('accepted');
    expect((await importInto(w, [{ name: 'mt.tongket', bytes: await unitExports(w, 'LDLD-MUONGTE', 4, false) }]))[0]?.outcome).toBe('held');

    const home = await w.province.api.getReceivingHome({});
    const tracker = await w.province.api.getTracker({});
    expect(home.expected).toBe(tracker.filter((t) => !t.notExpected).length);
    expect(home).toMatchObject({ onTime: 1, late: 1, returned: 1, accepted: 1, waitingKey: 1, heldPackages: 1, conflicts: 0 });
    expect(home.missing).toBe(home.expected - 5);
    expect(home.missing).toBeGreaterThan(0);
    expect(home.campaignId).toBe('1563-TK-2023');
    // The province's own deadline, counted from the host's day (19/5/2023).
    expect(home.ownDeadline).toMatch(/^2023-\d\d-\d\d$/);
    expect(home.ownDaysLeft).toBe(Math.round((Date.parse(`${home.ownDeadline ?? ''}T00:00:00Z`) - Date.parse('2023-05-19T00:00:00Z')) / 86_400_000));
    const kinds = Object.fromEntries(home.actions.map((a) => [a.unitCode, a.kind]));
    expect(kinds).toMatchObject({ 'LDLD-MUONGTE': 'confirm-key', 'LDLD-PHONGTHO': 'read', 'LDLD-SINHO': 'read', [TAM]: 'await-revision' });
    expect(kinds['LDLD-NAMNHUN']).toBeUndefined();
    expect(home.actions.find((a) => a.unitCode === 'LDLD-SINHO')?.inboxId).toBe(idOf('LDLD-SINHO', 1));
    expect(home.actions.filter((a) => a.kind === 'remind')).toHaveLength(home.missing);
    // What needs a person comes first.
    expect(home.actions[0]?.kind).toBe('confirm-key');
  });
});
