// Level-specific wording (issue 16): the province's own report does not recommend "with LĐLĐ tỉnh" to
// itself. The label comes from the campaign (the level's deadline row), travels through the campaign
// workbook, and is refused when it names a field the template does not have.
import { describe, expect, it } from 'vitest';
import { buildReportDocument } from '../../shared/documents/build';
import type { CampaignBook } from '../../shared/campaign/book';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { campaignForLevel } from '../../shared/campaign/level-labels';
import { buildCampaign, campaignToRows } from '../../shared/campaign/workbook/index';
import { DEFAULT_UNITS } from '../../shared/units/directory';
import { sampleInput, tamDuongProfile } from '../documents/helpers';

const laiChau = DEFAULT_UNITS.find((u) => u.code === 'LDLD-LAICHAU');
const provinceProfile = () => tamDuongProfile({ unit: laiChau ?? tamDuongProfile().unit, parent: null, place: 'Lai Châu' });
const subheadings = (doc: ReturnType<typeof buildReportDocument>): string[] =>
  doc.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'subheading').map((b) => (b.kind === 'subheading' ? b.text : '')));

describe('labels of a level', () => {
  it('prints the province its own wording of section 10, and a district the template’s', async () => {
    const district = subheadings(buildReportDocument(await sampleInput()));
    expect(district).toContain('b) Đề xuất, kiến nghị với LĐLĐ tỉnh');
    const province = subheadings(buildReportDocument(await sampleInput({ profile: provinceProfile() })));
    expect(province).toContain('b) Đề xuất, kiến nghị với cấp ủy, chính quyền địa phương');
    expect(province.join('\n')).not.toContain('với LĐLĐ tỉnh');
  });

  it('leaves the campaign untouched for a level without labels', () => {
    expect(campaignForLevel(campaign1563, 'cd-cap-tren')).toBe(campaign1563);
    expect(campaignForLevel(campaign1563, 'ldld-tinh').template.sections.at(-1)?.fields[1]?.label).toBe('Đề xuất, kiến nghị với cấp ủy, chính quyền địa phương');
  });

  it('travels through the campaign workbook and back', () => {
    const book: CampaignBook = { campaign: campaign1563, issue: 1, units: [] };
    const r = buildCampaign(campaignToRows(book));
    expect(r.ok && r.book.campaign.deadlines.find((d) => d.levelId === 'ldld-tinh')?.labels).toEqual({ 's10.recommend_province': 'Đề xuất, kiến nghị với cấp ủy, chính quyền địa phương' });
  });

  it('is refused, with its sheet and column, when it names a field the template does not have', () => {
    const book: CampaignBook = {
      campaign: { ...campaign1563, deadlines: campaign1563.deadlines.map((d) => (d.levelId === 'ldld-tinh' ? { ...d, labels: { 's99.nothing': 'X' } } : d)) },
      issue: 1,
      units: [],
    };
    const r = buildCampaign(campaignToRows(book));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ sheet: 'Thời hạn', column: 'Nhãn riêng', message: expect.stringContaining('s99.nothing') }));
  });
});
