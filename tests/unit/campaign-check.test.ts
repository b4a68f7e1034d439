// The one set of semantic checks, on the model itself (as the campaign-file importer and the in-app
// editor will call it): the built-in campaign passes, and each problem names its place by position.
import { describe, expect, it } from 'vitest';
import type { CampaignBook } from '../../shared/campaign/book';
import { campaign1563 } from '../../shared/campaign/builtin/campaign-1563';
import { checkCampaign } from '../../shared/campaign/check';
import { CampaignBookSchema } from '../../shared/campaign/schema';
import type { CampaignDef, Expr } from '../../shared/campaign/model';

const book = (campaign: CampaignDef): CampaignBook => ({ campaign, issue: 1, units: [] });

describe('checkCampaign', () => {
  it('finds nothing wrong with the built-in 1563 campaign', () => {
    expect(checkCampaign(book(campaign1563))).toEqual([]);
  });

  it('places each problem by position in the model', () => {
    const t = campaign1563.template;
    const broken: CampaignDef = {
      ...campaign1563,
      template: {
        ...t,
        appendix: { ...t.appendix, periods: [t.appendix.periods[0], { id: 'start', label: 'Lại', month: '2019-09' }] },
        rules: [{ ...(t.rules[0] as CampaignDef['template']['rules'][number]), left: { ref: 's7.khong_co' } }],
      },
    };
    expect(checkCampaign(book(broken)).map((p) => p.place)).toEqual([
      { at: 'period', index: 1, attr: 'month' },
      { at: 'period', index: 1, attr: 'id' },
      { at: 'rule', index: 0, attr: 'left' },
    ]);
  });

  it('refuses expected units that are their own parent or loop through each other', () => {
    const unit = (code: string, parentCode: string) => ({ code, name: code, shortName: code, levelId: 'cd-cap-tren', parentCode, place: 'Lai Châu' });
    const problems = checkCampaign({ ...book(campaign1563), units: [unit('CDP-A', 'CDP-A'), unit('CDP-B', 'CDP-C'), unit('CDP-C', 'CDP-B'), unit('CDP-D', 'LDLD-LAICHAU'), unit('CDP-D', 'LDLD-LAICHAU')] });
    expect(problems.map((p) => [p.place, p.message.split(':')[0]])).toEqual([
      [{ at: 'unit', index: 0, attr: 'parentCode' }, 'Đơn vị lấy chính nó làm đơn vị cấp trên'],
      [{ at: 'unit', index: 1, attr: 'parentCode' }, 'Đơn vị cấp trên của «CDP-B» vòng trở lại chính nó'],
      [{ at: 'unit', index: 2, attr: 'parentCode' }, 'Đơn vị cấp trên của «CDP-C» vòng trở lại chính nó'],
      [{ at: 'unit', index: 4, attr: 'code' }, 'Mã «CDP-D» đã dùng cho đơn vị khác (thứ 4). Mỗi đơn vị cần một mã riêng'],
    ]);
  });
});

describe('CampaignBookSchema', () => {
  it('reads the built-in campaign back from its JSON exactly', () => {
    const json = JSON.parse(JSON.stringify(book(campaign1563))) as unknown;
    expect(CampaignBookSchema.parse(json)).toStrictEqual(book(campaign1563));
  });

  it('refuses unknown properties, a point list without points, and absurdly deep expressions', () => {
    const json = JSON.parse(JSON.stringify(book(campaign1563))) as { campaign: CampaignDef & { extra?: number } };
    expect(CampaignBookSchema.safeParse({ ...json, campaign: { ...json.campaign, extra: 1 } }).success).toBe(false);
    const t = json.campaign.template;
    expect(CampaignBookSchema.safeParse({ ...json, campaign: { ...json.campaign, template: { ...t, appendix: { ...t.appendix, periods: [] } } } }).success).toBe(false);
    let deep: Expr = { ref: 's7.admitted' };
    for (let i = 0; i < 40; i++) deep = { abs: deep };
    const rules = [{ ...t.rules[0], left: deep }];
    const r = CampaignBookSchema.safeParse({ ...json, campaign: { ...json.campaign, template: { ...t, rules } } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('lồng nhau quá 32 tầng');
  });
});
