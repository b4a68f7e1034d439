// A chart with its text alternative: the drawing (ECharts, loaded on first use) is an image whose label
// is the chart in one sentence, and the same numbers are a table a screen reader or a keyboard user can
// open under it. While the library loads, or if it cannot, the table is still there.
import { useEffect, useMemo, useRef, useState } from 'react';
import { chartHeight, chartOption, chartValue } from '../../../shared/charts/echarts-option';
import { seriesChanges, type ChartSpec } from '../../../shared/charts/spec';
import { formatValue } from '../../../shared/documents/table';
import type { Translate } from '../../i18n/i18n';
import type { DrawnChart } from './chart-engine';

const FONT = "'Segoe UI', system-ui, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

export interface ChartFigureProps {
  spec: ChartSpec;
  caption: string;
  /** The chart in one sentence: the drawing's accessible name. */
  description: string;
  t: Translate;
  testId: string;
}

export function ChartFigure({ spec, caption, description, t, testId }: ChartFigureProps) {
  const box = useRef<HTMLDivElement>(null);
  const drawn = useRef<DrawnChart | null>(null);
  const [failed, setFailed] = useState(false);
  const option = useMemo(() => chartOption(spec, { fontFamily: FONT, interactive: true, description }), [spec, description]);
  const height = chartHeight(spec);

  useEffect(() => {
    let alive = true;
    const el = box.current;
    if (!el) return undefined;
    if (drawn.current) {
      drawn.current.update(option, height);
      return undefined;
    }
    import('./chart-engine')
      .then((engine) => {
        if (alive && !drawn.current) drawn.current = engine.drawChart(el, option, height);
      })
      .catch(() => setFailed(true));
    return () => {
      alive = false;
    };
  }, [option, height]);

  useEffect(
    () => () => {
      drawn.current?.dispose();
      drawn.current = null;
    },
    [],
  );

  return (
    <figure className="chart-figure" data-testid={testId}>
      <figcaption className="card-title">{caption}</figcaption>
      {failed ? <p className="muted">{t('synthesis.chartFailed')}</p> : null}
      <div ref={box} className="chart-box" role="img" aria-label={description} data-height={height} />
      <details className="chart-data">
        <summary>{t('synthesis.chartTable')}</summary>
        <ChartTable spec={spec} t={t} />
      </details>
    </figure>
  );
}

/** The chart's numbers: a row per category, a column per series, and the changes between consecutive ones. */
export function ChartTable({ spec, t }: { spec: ChartSpec; t: Translate }) {
  const many = spec.series.length > 1;
  const changes = seriesChanges(spec);
  return (
    <table className="grid data-table chart-table">
      <thead>
        <tr>
          <th scope="col">{spec.categoryLabel}</th>
          {spec.series.map((s) => (
            <th scope="col" key={s.name}>
              {s.name}
            </th>
          ))}
          {many
            ? spec.series.slice(1).map((s, i) => (
                <th scope="col" key={`c${s.name}`}>
                  {t('synthesis.changeBetween', { from: spec.series[i]?.name ?? '', to: s.name })}
                </th>
              ))
            : null}
        </tr>
      </thead>
      <tbody>
        {spec.categories.map((name, c) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {spec.series.map((s) => {
              const v = s.values[c] ?? null;
              return (
                <td className="num" key={s.name}>
                  {v === null ? '—' : chartValue(spec, v)}
                </td>
              );
            })}
            {many
              ? (changes[c] ?? []).map((v, i) => (
                  <td className="num" key={`c${i}`}>
                    {v === null ? '—' : formatValue(v, spec.valueKind === 'rate' ? 'changePercent' : 'change')}
                  </td>
                ))
              : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
