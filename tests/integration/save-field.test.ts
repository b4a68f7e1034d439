import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/services/data-dir';
import { snapshotDatabase } from '../helpers/db-snapshot';
import { FIXED_NOW, useServices } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { refusal } from '../helpers/refusal';

const tempDir = useTempDirs();
const open = useServices();

async function setUp() {
  const dir = tempDir();
  const services = open(dir);
  await services.api.saveProfile({ unitCode: 'LDLD-TAMDUONG', signerName: 'Lò Văn Minh' });
  return { dir, services, api: services.api };
}

function auditRows(dir: string) {
  const db = new Database(databasePath(dir), { readonly: true });
  try {
    return db.prepare('SELECT target, key, old_json, new_json, source, changed_at FROM audit_log ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('saving one field (the autosave path)', () => {
  it('stores the value, audits old and new, and returns the new validation state', async () => {
    const { dir, api } = await setUp();
    await api.saveField({ key: 'pl.chairs.end', value: 40 });
    const r = await api.saveField({ key: 'pl.women.end', value: 41 });
    expect(r.value).toBe(41);
    expect(r.savedAt).toBe(FIXED_NOW.toISOString());
    // The rules that fail, besides the required narratives this otherwise empty draft lacks.
    expect(r.validation.issues.filter((i) => !i.ruleId.startsWith('required.')).map((i) => i.ruleId)).toEqual(['pl.women_le_chairs.end']);
    expect(r.validation.issues[0]?.message).toContain('(41)');
    const fixed = await api.saveField({ key: 'pl.women.end', value: 12 });
    expect(fixed.validation.issues.filter((i) => i.severity === 'error' && !i.ruleId.startsWith('required.'))).toEqual([]);
    expect(auditRows(dir)).toEqual([
      { target: 'field', key: 'pl.chairs.end', old_json: null, new_json: '40', source: 'editor', changed_at: FIXED_NOW.toISOString() },
      { target: 'field', key: 'pl.women.end', old_json: null, new_json: '41', source: 'editor', changed_at: FIXED_NOW.toISOString() },
      { target: 'field', key: 'pl.women.end', old_json: '41', new_json: '12', source: 'editor', changed_at: FIXED_NOW.toISOString() },
    ]);
    const draft = await api.getDraft({});
    expect(draft.values['pl.women.end']).toBe(12);
    expect(draft.lastSavedAt).toBe(FIXED_NOW.toISOString());
  });

  it('writes nothing when the value did not change', async () => {
    const { dir, api } = await setUp();
    await api.saveField({ key: 's4.narrative', value: 'Đoạn một.\n- ý thứ nhất' });
    const before = snapshotDatabase(databasePath(dir));
    await api.saveField({ key: 's4.narrative', value: 'Đoạn một.\n- ý thứ nhất' });
    expect(snapshotDatabase(databasePath(dir))).toEqual(before);
  });

  it('keeps paragraphs and bullets, normalises newlines and strips characters XML forbids', async () => {
    const { api } = await setUp();
    const r = await api.saveField({ key: 's4.narrative', value: 'Mo\u0323\u0302t đoạn.\r\n- gạch đầu dòng\u0007\r\nĐoạn hai.' });
    // A control becomes a space (never nothing, which would join two words); a vertical tab, Word's
    // line break, becomes a line break.
    expect(r.value).toBe('Một đoạn.\n- gạch đầu dòng \nĐoạn hai.');
    const joined = await api.saveField({ key: 's4.narrative', value: 'soạn bằng Word\u0007ngày 5,\u000Bdòng sau' });
    expect(joined.value).toBe('soạn bằng Word ngày 5,\ndòng sau');
  });

  it('clears a field with null or an empty text, and progress follows', async () => {
    const { api } = await setUp();
    const filled = await api.saveField({ key: 's4.narrative', value: 'Nội dung.' });
    expect(filled.progress.find((p) => p.partId === 's4')).toEqual({ partId: 's4', filled: 1, total: 1 });
    const cleared = await api.saveField({ key: 's4.narrative', value: '   ' });
    expect(cleared.value).toBeNull();
    expect(cleared.progress.find((p) => p.partId === 's4')?.filled).toBe(0);
    expect((await api.getDraft({})).values).not.toHaveProperty('s4.narrative');
  });

  it('saves tables and choices whole', async () => {
    const { api } = await setUp();
    const rows = [{ number: '15/KH-LĐLĐ', date: '2019-12-27', summary: 'Kế hoạch thực hiện Chương trình 1563' }];
    expect((await api.saveField({ key: 's2.documents', value: rows })).value).toEqual(rows);
    expect((await api.saveField({ key: 's3.forms', value: ['conference', 'social'] })).value).toEqual(['conference', 'social']);
  });

  const bad: [string, unknown, RegExp][] = [
    ['s5.courses', '12', /phải là một số/i],
    ['s5.courses', -1, /âm/],
    ['s5.courses', 2.5, /số nguyên/],
    ['s5.courses', 1e12, /Quá lớn/],
    ['s4.narrative', 42, /chữ/],
    ['s4.narrative', 'x'.repeat(30_001), /Quá dài/],
    ['s3.forms', ['radio'], /Chỉ được chọn/],
    ['s3.forms', ['social', 'social'], /lặp lại/],
    ['s2.documents', [{ number: '1/KH', date: '2023-02-30', summary: null }], /dòng 1.*Ngày không có thật/],
    ['s2.documents', [{ number: '1/KH', date: null, summary: null, extra: 1 }], /cột không biết/],
  ];
  for (const [key, value, message] of bad) {
    it(`refuses ${JSON.stringify(value).slice(0, 40)} for ${key}, naming the field, and changes nothing`, async () => {
      const { dir, api } = await setUp();
      await api.saveField({ key, value: key === 's3.forms' ? ['bulletin'] : key === 's2.documents' ? [] : key === 's4.narrative' ? 'cũ' : 3 });
      const before = snapshotDatabase(databasePath(dir));
      const e = await refusal(api.saveField({ key, value }));
      expect(e.code).toBe('E_FIELD_VALUE');
      expect(e.details?.field).toBe(key);
      expect(e.message).toMatch(message);
      expect(e.message).toMatch(/^Ô «/);
      expect(snapshotDatabase(databasePath(dir))).toEqual(before);
    });
  }

  it('refuses an unknown field and malformed calls', async () => {
    const { api } = await setUp();
    expect((await refusal(api.saveField({ key: 's99.x', value: 1 }))).code).toBe('E_FIELD_UNKNOWN');
    const viaRouter = await (await setUp()).services.router('saveField', { key: 's5.courses', value: 1, extra: true });
    expect(viaRouter.ok).toBe(false);
    if (!viaRouter.ok) expect(viaRouter.error.code).toBe('E_INPUT');
    const unknown = await (await setUp()).services.router('dropDatabase', {});
    expect(unknown).toEqual({ ok: false, error: expect.objectContaining({ code: 'E_METHOD_UNKNOWN' }) });
  });

  it('needs the unit to be set up first', async () => {
    const services = open(tempDir());
    expect((await refusal(services.api.saveField({ key: 's5.courses', value: 1 }))).code).toBe('E_NOT_SETUP');
  });
});

describe('warning explanations', () => {
  it('are stored with the report, clear the warning, and can be withdrawn', async () => {
    const { api } = await setUp();
    await api.saveField({ key: 'pl.unions.start', value: 20 });
    const open1 = await api.saveField({ key: 'pl.unions.end', value: 40 });
    expect(open1.validation.unexplainedCount).toBe(1);
    const explained = await api.saveExplanation({ ruleId: 'pl.unions_change', text: 'Thành lập mới 20 CĐCS tại khu công nghiệp.' });
    expect(explained.validation.unexplainedCount).toBe(0);
    expect((await api.getDraft({})).explanations['pl.unions_change']).toMatch(/khu công nghiệp/);
    const withdrawn = await api.saveExplanation({ ruleId: 'pl.unions_change', text: '' });
    expect(withdrawn.validation.unexplainedCount).toBe(1);
  });

  it('refuse a rule that is not a warning', async () => {
    const { api } = await setUp();
    expect((await refusal(api.saveExplanation({ ruleId: 's7.admitted_le_introduced', text: 'không phải cảnh báo' }))).code).toBe('E_RULE_UNKNOWN');
  });
});

describe('texts kept as typed (a cell that cannot be read)', () => {
  const ROW = { name: 'Số lớp tập huấn', unit: 'lớp', target: null, achieved: 8 };

  it('are stored with the valid cells in one save, reported as errors, and cleared once corrected', async () => {
    const { dir, api } = await setUp();
    const r = await api.saveField({ key: 's1.targets', value: [ROW], raw: { '0:target': '4 người' } });
    expect(r.raw).toEqual({ '0:target': '4 người' });
    const issue = r.validation.issues.find((i) => i.ruleId === 'input:s1.targets:0:target');
    expect(issue).toMatchObject({ severity: 'error', fields: ['s1.targets'] });
    expect(issue?.message).toBe('Ô «Bảng chỉ tiêu», dòng 1, cột «Chỉ tiêu»: «4 người» chưa đọc được, hãy sửa lại (đã giữ nguyên như đã gõ).');
    const draft = await api.getDraft({});
    expect(draft.values['s1.targets']).toEqual([ROW]);
    expect(draft.rawInputs).toEqual({ 's1.targets': { '0:target': '4 người' } });
    // What blocks export: the same validation the export reads.
    expect((await api.checkDraft({})).errorCount).toBeGreaterThan(0);
    // Only the value is a change of the report: one audit row.
    expect(auditRows(dir).map((a) => (a as { key: string }).key)).toEqual(['s1.targets']);

    // A save that does not speak of kept texts (the CLI) leaves them alone.
    await api.saveField({ key: 's1.targets', value: [{ ...ROW, unit: 'buổi' }] });
    expect((await api.getDraft({})).rawInputs['s1.targets']).toEqual({ '0:target': '4 người' });

    const fixed = await api.saveField({ key: 's1.targets', value: [{ ...ROW, target: 4 }], raw: {} });
    expect(fixed.raw).toBeNull();
    expect(fixed.validation.issues.some((i) => i.ruleId.startsWith('input:'))).toBe(false);
    expect((await api.getDraft({})).rawInputs).toEqual({});
  });

  it('are dropped for the fields a loaded draft file sets', async () => {
    const { api } = await setUp();
    await api.saveField({ key: 's1.targets', value: [ROW], raw: { '0:target': '4 người' } });
    const file = await api.exportDraftFile({});
    await api.loadDraft({ draft: file });
    expect((await api.getDraft({})).rawInputs).toEqual({});
  });

  it('refuse a malformed cell name or an over-long text and change nothing', async () => {
    const { dir, services } = await setUp();
    const before = snapshotDatabase(databasePath(dir));
    for (const raw of [{ 'x; DROP': 'a' }, { '0:target': 'x'.repeat(2_001) }, { '0:target': 5 }]) {
      const out = await services.router('saveField', { key: 's1.targets', value: [ROW], raw });
      expect(out.ok).toBe(false);
      if (!out.ok) expect(out.error.code).toBe('E_INPUT');
    }
    expect(snapshotDatabase(databasePath(dir))).toEqual(before);
  });
});
