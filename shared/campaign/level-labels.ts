// The template as a given level reads it: field labels the campaign sets for that level replace the
// template's (LevelDeadline.labels). One template serves every level, and the wording that belongs to a
// lower level ("kiến nghị với LĐLĐ tỉnh") is not printed in the province's own report (issue 16).
import type { CampaignDef } from './model';

const cache = new WeakMap<CampaignDef, Map<string, CampaignDef>>();

export function campaignForLevel(campaign: CampaignDef, levelId: string): CampaignDef {
  const labels = campaign.deadlines.find((d) => d.levelId === levelId)?.labels;
  if (!labels || Object.keys(labels).length === 0) return campaign;
  const byLevel = cache.get(campaign) ?? new Map<string, CampaignDef>();
  cache.set(campaign, byLevel);
  const known = byLevel.get(levelId);
  if (known) return known;
  const sections = campaign.template.sections.map((s) => ({
    ...s,
    fields: s.fields.map((f) => (labels[f.key] ? { ...f, label: labels[f.key] as string } : f)),
  }));
  const out: CampaignDef = { ...campaign, template: { ...campaign.template, sections } };
  byLevel.set(levelId, out);
  return out;
}
