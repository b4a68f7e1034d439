// The campaign desk's services through the contract (SPEC §9, issue 15): a draft copied from 1563 is
// stored and survives a restart, its settings are parsed at the boundary, a retired unit cannot be
// expected, and the comparison names what changed. The window's flow is in tests/e2e/campaign-desk.test.ts.
import { describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../shared/api/desk-contract';
import { diffCampaigns } from '../../shared/campaign/diff';
import { useServices } from '../helpers/services';
import { useTempDirs } from '../helpers/temp';
import { UNION_CAMPAIGN_ID, unionSheets, unionWorkbookBytes } from '../helpers/union-campaign';

const tempDir = useTempDirs();
const open = useServices();

async function province(dir: string) {
  const s = open(dir);
  await s.api.saveProfile({ unitCode: 'LDLD-LAICHAU', signerName: 'Nguyễn Thị Thiện', documentNumber: '12' });
  return s;
}

function settingsOf(book: { campaign: { id: string; title: string; summaryLine: string; opening: string; closing?: string; period: { from: string; to: string }; documents: DeskSettings['documents']; deadlines: { levelId: string; finish: string; send?: string }[]; template: { sections: { number: number; title: string; guidance: string[] }[] } }; issue: number; units: { code: string }[] }): DeskSettings {
  const c = book.campaign;
  return {
    campaignId: c.id,
    title: c.title,
    summaryLine: c.summaryLine,
    opening: c.opening,
    closing: c.closing ?? '',
    issue: book.issue,
    period: c.period,
    documents: c.documents,
    deadlines: c.deadlines.map((d) => ({ levelId: d.levelId, finish: d.finish, send: d.send ?? null })),
    unitCodes: book.units.map((u) => u.code),
    sections: c.template.sections.map((s) => ({ number: s.number, title: s.title, guidance: s.guidance })),
  };
}

describe('the campaign desk services', () => {
  it('copies 1563 into a stored draft with a new id and this unit’s units in service, kept across a restart', async () => {
    const dir = tempDir();
    const s = await province(dir);
    await s.api.retireUnit({ code: 'LDLD-SINHO' });
    const started = await s.api.startDeskDraft({ fromCampaign: '1563-TK-2023' });
    if (!started.ok) throw new Error('not started');
    const d = started.draft;
    expect(d.book.campaign.id).toBe('1563-TK-2023-MOI');
    expect(d.problems).toEqual([]);
    expect(d.book.units.map((u) => u.code)).not.toContain('LDLD-SINHO');
    expect(d.book.units.map((u) => u.code)).toContain('LDLD-TAMDUONG');
    s.close();
    const again = open(dir);
    expect((await again.api.deskOverview({})).drafts).toEqual([expect.objectContaining({ id: d.id, campaignId: '1563-TK-2023-MOI', sourceLabel: 'Bản sao của 1563-TK-2023' })]);
    expect((await again.api.getDeskDraft({ id: d.id })).book).toEqual(d.book);
  });

  it('saves the settings, keeps what the page does not show, and compares with the original', async () => {
    const s = await province(tempDir());
    const started = await s.api.startDeskDraft({ fromCampaign: '1563-TK-2023' });
    if (!started.ok) throw new Error('not started');
    const base = settingsOf(started.draft.book);
    const next: DeskSettings = {
      ...base,
      campaignId: 'TK-2027',
      title: 'Tổng kết năm 2027',
      closing: '',
      deadlines: base.deadlines.map((d) => ({ ...d, finish: '2027-11-20' })),
      unitCodes: ['LDLD-TAMDUONG', 'CDVC-LAICHAU'],
      sections: base.sections.map((x) => (x.number === 2 ? { ...x, guidance: ['Một đoạn hướng dẫn mới.', '  '] } : x)),
    };
    const saved = await s.api.saveDeskDraft({ id: started.draft.id, settings: next });
    const c = saved.book.campaign;
    expect([c.id, c.title, c.closing]).toEqual(['TK-2027', 'Tổng kết năm 2027', undefined]);
    expect(c.deadlines.map((d) => d.finish)).toEqual(['2027-11-20', '2027-11-20']);
    // The receiving department and the province's own opening are not on the page: they stay.
    expect(c.deadlines[0]?.sendTo).toBe(started.draft.book.campaign.deadlines[0]?.sendTo);
    expect(c.deadlines[1]?.opening).toBe(started.draft.book.campaign.deadlines[1]?.opening);
    expect(c.template.sections[1]?.guidance).toEqual(['Một đoạn hướng dẫn mới.']);
    expect(saved.book.units.map((u) => u.code)).toEqual(['LDLD-TAMDUONG', 'CDVC-LAICHAU']);
    const diff = await s.api.compareDeskDraft({ id: started.draft.id });
    expect(diff.entries.map((e) => `${e.kind} ${e.change} ${e.id}`)).toEqual(
      expect.arrayContaining(['setting changed id', 'setting changed title', 'setting removed closing', 'setting changed deadlines', 'section changed 2', 'unit removed LDLD-PHONGTHO']),
    );
    expect(diff.entries.find((e) => e.kind === 'section')?.attrs).toEqual(['guidance']);
    expect(diff.entries.filter((e) => e.kind === 'field' || e.kind === 'indicator' || e.kind === 'rule')).toEqual([]);
  });

  it('refuses settings that do not parse, and keeps a retired unit out of a campaign to issue', async () => {
    const s = await province(tempDir());
    const started = await s.api.startDeskDraft({ fromCampaign: '1563-TK-2023' });
    if (!started.ok) throw new Error('not started');
    const base = settingsOf(started.draft.book);
    await expect(s.api.saveDeskDraft({ id: started.draft.id, settings: { ...base, campaignId: 'tk 2027' } })).rejects.toMatchObject({ code: 'E_INPUT' });
    await expect(s.api.saveDeskDraft({ id: started.draft.id, settings: { ...base, deadlines: [{ levelId: 'cd-cap-tren', finish: '20/11/2027', send: null }] } })).rejects.toMatchObject({ code: 'E_INPUT' });
    await s.api.retireUnit({ code: 'LDLD-TAMDUONG' });
    const saved = await s.api.saveDeskDraft({ id: started.draft.id, settings: { ...base, unitCodes: ['LDLD-TAMDUONG'] } });
    expect(saved.problems.map((p) => p.message)).toEqual([expect.stringContaining('LDLD-TAMDUONG «Liên đoàn Lao động huyện Tam Đường» đã thôi hoạt động')]);
    await expect(s.api.issueDeskDraft({ id: started.draft.id })).rejects.toMatchObject({ code: 'E_DESK_DRAFT_INVALID' });
    await expect(s.api.getDeskDraft({ id: 999 })).rejects.toMatchObject({ code: 'E_DESK_DRAFT_UNKNOWN' });
  });

  it('starts from a workbook, or lists its problems by sheet and row and stores nothing', async () => {
    const s = await province(tempDir());
    const sheets = unionSheets();
    const deadlines = sheets['Thời hạn'] ?? [];
    const bad = await unionWorkbookBytes({ ...sheets, 'Thời hạn': [deadlines[0] ?? [], ['cd-cap-tren', '31/02/2027', null, null, null, null], ...deadlines.slice(2)] });
    const refused = await s.api.startDeskDraft({ fromWorkbook: { name: 'sai.xlsx', dataBase64: bad.toString('base64') } });
    expect(refused).toEqual({ ok: false, problems: [expect.objectContaining({ sheet: 'Thời hạn', row: 2, column: 'Hoàn thành' })] });
    expect((await s.api.deskOverview({})).drafts).toEqual([]);
    const good = await s.api.startDeskDraft({ fromWorkbook: { name: 'dot.xlsx', dataBase64: (await unionWorkbookBytes()).toString('base64') } });
    if (!good.ok) throw new Error(JSON.stringify(good.problems));
    expect([good.draft.book.campaign.id, good.draft.hasSource, good.draft.sourceLabel]).toEqual([UNION_CAMPAIGN_ID, false, 'Sổ tính dot.xlsx']);
    await expect(s.api.compareDeskDraft({ id: good.draft.id })).rejects.toMatchObject({ code: 'E_INPUT' });
  });

  it('a comparison lists fields, indicators and rules added, removed and changed', () => {
    const s = open(tempDir());
    const campaign = s.ctx.campaigns.get('1563-TK-2023');
    const before = { campaign, issue: 1, units: [] };
    const [first, ...rest] = campaign.template.sections;
    if (!first) throw new Error('no section');
    const after = {
      campaign: {
        ...campaign,
        template: {
          ...campaign.template,
          sections: [{ ...first, fields: [...first.fields.slice(1), { key: 's1.new_one', kind: 'text' as const, label: 'Mới', maxLength: 100 }] }, ...rest],
          rules: campaign.template.rules.slice(1),
          appendix: { ...campaign.template.appendix, groups: campaign.template.appendix.groups.map((g, i) => (i === 0 ? { ...g, indicators: g.indicators.map((x, j) => (j === 0 ? { ...x, label: `${x.label} (sửa)` } : x)) } : g)) },
        },
      },
      issue: 1,
      units: [],
    };
    const lines = diffCampaigns(before, after).entries.map((e) => `${e.kind} ${e.change} ${e.id}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        `field removed ${first.fields[0]?.key ?? ''}`,
        'field added s1.new_one',
        `rule removed ${campaign.template.rules[0]?.id ?? ''}`,
        `indicator changed ${campaign.template.appendix.groups[0]?.indicators[0]?.id ?? ''}`,
      ]),
    );
    expect(diffCampaigns(before, before).entries).toEqual([]);
  });
});
