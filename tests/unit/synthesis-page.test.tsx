// The province synthesis page over real services: its store
// loads the aggregate and the compilation, the view shows the units, totals, chart and passages, and
// "insert" puts a unit's passage into the province's report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { formatNumber } from '../../shared/format/vi';
import { translator } from '../../renderer/i18n/i18n';
import { SynthesisView } from '../../renderer/pages/province/SynthesisPage';
import { TotalsTable } from '../../renderer/pages/province/SynthesisParts';
import { BASIS_KEY, createSynthesisStore } from '../../renderer/pages/province/synthesis-store';
import { formatRate, formatRateChange } from '../../shared/documents/table';
import { importInto, makeWorld, unitExports, type World } from '../helpers/province-world';
import { variedValues } from '../helpers/province-sample';

let root: string;
let w: World;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tongket-synthesis-page-'));
  w = await makeWorld(root);
  const codes = ['LDLD-TAMDUONG', 'LDLD-PHONGTHO'];
  const files = [];
  for (const [i, code] of codes.entries()) files.push({ name: code, bytes: await unitExports(w, code, i) });
  await importInto(w, files);
  await w.province.api.issueReceipt({ unitCode: 'LDLD-TAMDUONG', decision: 'accepted', comment: '', fields: [] });
}, 60_000);

afterAll(() => {
  w?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('province synthesis page', () => {
  it('shows the units, the totals and the units’ texts for the chosen basis', async () => {
    let changed = 0;
    const store = createSynthesisStore(w.province.api, { onDraftChanged: () => (changed += 1) });
    await store.getState().load();
    const html = renderToStaticMarkup(<SynthesisView state={store.getState()} campaign={campaign1563} t={translator('vi')} />);
    expect(html).toContain('<strong>1/9</strong> đơn vị được tính (bản đã được chấp nhận)');
    expect(html).toMatch(/LĐLĐ huyện Phong Thổ<\/span><\/th><td><span class="badge badge-warn">Chưa chấp nhận/);
    // Units by name; a package's hashes only inside its details, never in the rows or the passages.
    const hash = store.getState().aggregate?.units.find((u) => u.unitCode === 'LDLD-TAMDUONG')?.source?.manifestSha256 as string;
    expect(html.split(hash)).toHaveLength(2);
    expect(html).toMatch(new RegExp(`<details class="package-details">.*${hash}`));
    expect(html).not.toMatch(new RegExp(hash.slice(0, 12) + '(?!' + hash.slice(12, 20) + ')'));
    // Three charts: status, the main rate by unit, its change; each an image named by its sentence, and its table.
    expect(html).toContain('data-testid="chart-status"');
    expect(html).toContain('aria-label="Biểu đồ cột ngang: Tình hình gửi báo cáo của các đơn vị, 3 mục; cao nhất Chưa nhận (7 đơn vị)');
    const rate = (p: string) => ((variedValues(0)[`pl.women.${p}`] as number) / (variedValues(0)[`pl.chairs.${p}`] as number)) * 100;
    expect(html).toContain(`<th scope="row">LĐLĐ huyện Tam Đường</th><td class="num">${formatRate(rate('end'))}</td>`);
    expect(html).toContain(formatRateChange(rate('end') - rate('start')));
    expect(html).toContain('Đội ngũ chủ tịch CĐCS – Tỷ lệ nữ: thay đổi Tháng 10/2019 – Tháng 5/2023');
    expect(html).toContain(formatNumber(variedValues(0)['pl.members.end'] as number));
    expect(html).toContain('role="img"');

    await store.getState().setBasis('received');
    expect(store.getState().aggregate?.counts.counted).toBe(2);
    expect(store.getState().aggregate?.totals['pl.chairs.end']?.value).toBe((variedValues(0)['pl.chairs.end'] as number) + (variedValues(1)['pl.chairs.end'] as number));

    const passage = store.getState().sections[3]?.fields[0]?.passages[0];
    expect(passage).toBeDefined();
    await store.getState().insert('s4.narrative', passage?.unitCode as string, passage?.manifestSha256 as string);
    expect(changed).toBe(1);
    expect(store.getState().sections[3]?.fields[0]?.inserted).toHaveLength(1);
    expect((await w.province.api.getDraft({})).values['s4.narrative']).toBe(passage?.text);
  });

  it('gives a column per point in time and a change column per consecutive pair', () => {
    const line = { indicatorId: 'chairs', groupId: 'chairs', label: 'Tổng số chủ tịch', unit: 'người', kind: 'sum' as const, values: [1200, 1350, null], changes: [150, null] };
    const html = renderToStaticMarkup(<TotalsTable lines={[line]} periods={['Tháng 1/2027', 'Tháng 6/2027', 'Tháng 12/2027']} t={translator('vi')} />);
    // A heading's text without its markup (the points in time are marked as the campaign's own text).
    const headsOf = (h: string) => [...h.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''));
    const heads = headsOf(html);
    expect(heads).toEqual(['Chỉ tiêu', 'Tháng 1/2027', 'Tháng 6/2027', 'Tháng 12/2027', 'Tăng (+), giảm (-) Tháng 1/2027 – Tháng 6/2027', 'Tăng (+), giảm (-) Tháng 6/2027 – Tháng 12/2027']);
    expect([...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(['1.200', '1.350', '—', '+150', '—']);
    const one = renderToStaticMarkup(<TotalsTable lines={[{ ...line, values: [1200], changes: [] }]} periods={['Tháng 6/2027']} t={translator('vi')} />);
    expect(headsOf(one)).toEqual(['Chỉ tiêu', 'Tháng 6/2027']);
  });

  it('prints rates with two decimals and their changes in points', () => {
    const rate = { indicatorId: 'women_rate', groupId: 'chairs', label: 'Tỷ lệ nữ', unit: '%', kind: 'ratio' as const, values: [31.0345, 30.2], changes: [-0.8345] };
    const html = renderToStaticMarkup(<TotalsTable lines={[rate]} periods={['Tháng 10/2019', 'Tháng 5/2023']} t={translator('vi')} />);
    expect([...html.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(['31,03%', '30,20%', '-0,83 điểm %']);
  });

  it('remembers "Tính theo" across reloads, and ignores a value it does not know', async () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    const first = createSynthesisStore(w.province.api, { onDraftChanged: () => undefined, storage });
    expect(first.getState().basis).toBe('accepted');
    await first.getState().setBasis('received');
    first.getState().setChartIndicator('members');
    const again = createSynthesisStore(w.province.api, { onDraftChanged: () => undefined, storage });
    expect(again.getState().basis).toBe('received');
    expect(again.getState().chartIndicator).toBe('members');
    kept.set(BASIS_KEY, 'everything');
    expect(createSynthesisStore(w.province.api, { onDraftChanged: () => undefined, storage }).getState().basis).toBe('accepted');
  });
});
