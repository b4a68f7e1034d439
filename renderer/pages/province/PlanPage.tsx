// The province's plan (issue 16, Plan 447 §IV.1): survey visits, conference speakers, commendations,
// one part at a time under a tab row (#/plan/survey, #/plan/speakers, #/plan/commendations).
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { CampaignDef } from '../../../shared/campaign/model';
import type { PlanDocResult } from '../../../shared/plan/types';
import type { Translate } from '../../i18n/i18n';
import { PLAN_PARTS, routeHref, type PlanPart } from '../../routing/route';
import { CommendationsPanel } from './CommendationsPanel';
import type { PlanState } from './plan-store';
import { SpeakersPanel } from './SpeakersPanel';
import { SurveyPanel } from './SurveyPanel';
import '../../styles/plan.css';

export interface PlanPageProps {
  store: StoreApi<PlanState>;
  part: PlanPart;
  campaign: CampaignDef;
  t: Translate;
}

/** "Đã ghi a.docx, a.xlsx vào /thư/mục." */
export const writtenText = (t: Translate, r: PlanDocResult): string => t('plan.written', { files: r.files.map((f) => f.name).join(', '), folder: r.folder });

/** The narratives of the province's report, which a passage can be quoted into. */
export function narrativeFields(campaign: CampaignDef): { key: string; label: string }[] {
  return campaign.template.sections.flatMap((s) => s.fields.filter((f) => f.kind === 'narrative').map((f) => ({ key: f.key, label: `${s.number}. ${f.label}` })));
}

export function PlanPage({ store, part, campaign, t }: PlanPageProps) {
  const state = useStore(store, (s) => s);
  return (
    <div className="plan-page">
      <h1 className="page-title">{t('plan.title')}</h1>
      <p className="lead">{t('plan.intro')}</p>
      <nav aria-label={t('plan.tabs')} className="plan-tabs">
        <ul>
          {PLAN_PARTS.map((p) => (
            <li key={p}>
              <a href={routeHref({ page: 'plan', part: p })} aria-current={p === part ? 'page' : undefined}>
                {t(`plan.tab.${p}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {state.error ? (
        <p className="alert alert-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {part === 'survey' ? <SurveyPanel state={state} campaign={campaign} t={t} /> : null}
      {part === 'speakers' ? <SpeakersPanel state={state} campaign={campaign} t={t} /> : null}
      {part === 'commendations' ? <CommendationsPanel state={state} t={t} /> : null}
    </div>
  );
}
