// The synthesis in pictures: who has sent (by status), one indicator by unit at the summary date, and
// its change between the campaign's points in time. The officer picks the indicator; each chart has its
// sentence and its table (ChartFigure).
import { useMemo } from 'react';
import { aggregationPlan } from '../../../shared/aggregate/plan';
import type { Aggregate } from '../../../shared/aggregate/types';
import { lastPeriod } from '../../../shared/campaign/keys';
import type { CampaignDef } from '../../../shared/campaign/model';
import { chartValue } from '../../../shared/charts/echarts-option';
import { SOURCE_TEXT } from '../../components/common/SourceText';
import { changeChart, chartHighlights, defaultIndicator, indicatorsOf, indicatorTitle, statusChart, unitChart, type ChartSpec } from '../../../shared/charts/spec';
import type { Translate } from '../../i18n/i18n';
import { ChartFigure } from '../../components/charts/ChartFigure';

export interface SynthesisChartsProps {
  agg: Aggregate;
  campaign: CampaignDef;
  /** The chosen indicator id; null or unknown: the template's default. */
  indicatorId: string | null;
  onPickIndicator(id: string): void;
  t: Translate;
}

/** The chart in one sentence, in the interface's language. */
export function chartSentence(spec: ChartSpec, t: Translate): string {
  const h = chartHighlights(spec);
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const parts = [t('synthesis.chartSummary', { title: spec.title, n: spec.categories.length })];
  if (spec.series.length > 1) parts.push(t('synthesis.chartSeries', { series: spec.series.map((s) => s.name).join(', ') }));
  if (h.highest) parts.push(t('synthesis.chartHighest', { name: h.highest.name, value: `${chartValue(spec, h.highest.value)}${unit}` }));
  if (h.lowest) parts.push(t('synthesis.chartLowest', { name: h.lowest.name, value: `${chartValue(spec, h.lowest.value)}${unit}` }));
  if (h.missing) parts.push(t('synthesis.chartMissing', { n: h.missing }));
  return `${parts.join('; ')}.`;
}

export function SynthesisCharts({ agg, campaign, indicatorId, onPickIndicator, t }: SynthesisChartsProps) {
  const { template } = campaign;
  const indicators = indicatorsOf(template);
  const indicator = indicators.find((i) => i.id === indicatorId) ?? defaultIndicator(template, aggregationPlan(template).sizeIndicator);
  const specs = useMemo(() => {
    const status: ChartSpec = { ...statusChart(agg, t('synthesis.chartStatus'), (st) => t(`aggregate.status.${st}`)), categoryLabel: t('synthesis.status') };
    status.series = status.series.map((s) => ({ ...s, name: t('synthesis.chartUnits') }));
    status.unit = t('synthesis.chartUnitsUnit');
    if (!indicator || agg.counts.counted === 0) return { status, unit: null, change: null };
    const name = indicatorTitle(template, indicator);
    const last = lastPeriod(template.appendix);
    const unit = { ...unitChart(agg, template, indicator, last), title: t('synthesis.chartByUnit', { indicator: name, period: last.label }), categoryLabel: t('synthesis.unit') };
    const c = changeChart(agg, template, indicator, template.appendix.periods);
    const change = c && { ...c, title: t('synthesis.chartChange', { indicator: name, periods: template.appendix.periods.map((p) => p.label).join(' – ') }), categoryLabel: t('synthesis.unit') };
    return { status, unit, change };
  }, [agg, template, indicator, t]);

  return (
    <section className="panel" aria-labelledby="h-charts">
      <h2 id="h-charts">{t('synthesis.charts')}</h2>
      <div className="chart-grid">
        <ChartFigure spec={specs.status} caption={specs.status.title} description={chartSentence(specs.status, t)} t={t} testId="chart-status" />
      </div>
      <label className="chart-pick">
        {t('synthesis.chartIndicator')}{' '}
        <select value={indicator?.id ?? ''} onChange={(e) => onPickIndicator(e.target.value)} data-testid="chart-indicator">
          {template.appendix.groups.map((g) => (
            <optgroup key={g.id} label={g.title} {...SOURCE_TEXT}>
              {g.indicators.map((i) => (
                <option key={i.id} value={i.id} {...SOURCE_TEXT}>
                  {i.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {specs.unit ? (
        <ChartFigure spec={specs.unit} caption={specs.unit.title} description={chartSentence(specs.unit, t)} t={t} testId="chart-unit" />
      ) : (
        <p className="table-empty">{t('synthesis.chartNone')}</p>
      )}
      {specs.change ? (
        <ChartFigure spec={specs.change} caption={specs.change.title} description={chartSentence(specs.change, t)} t={t} testId="chart-change" />
      ) : specs.unit ? (
        <p className="muted">{t('synthesis.chartOnePoint')}</p>
      ) : null}
    </section>
  );
}
