// Pure parts of the synthesis page: props in, callbacks out.
import type { CompiledSection } from '../../../shared/aggregate/compile';
import { shortHash } from '../../../shared/aggregate/select';
import type { Aggregate, Flag, IndicatorLine } from '../../../shared/aggregate/types';
import { formatNumber, formatPercent } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { rich, SOURCE_TEXT, Src } from '../../components/common/SourceText';
import type { ReactNode } from 'react';

const num = (v: number | null, rate: boolean): string => (v === null ? '—' : rate ? formatPercent(v) : formatNumber(v));
const signed = (v: number | null, rate: boolean): string => (v === null ? '—' : `${v > 0 ? '+' : ''}${num(v, rate)}`);

export function UnitsTable({ agg, t }: { agg: Aggregate; t: Translate }) {
  return (
    <div className="table-scroll">
      <table className="doc-table" data-testid="synthesis-units">
        <thead>
          <tr>
            <th scope="col">{t('synthesis.unit')}</th>
            <th scope="col">{t('synthesis.status')}</th>
            <th scope="col">{t('synthesis.revision')}</th>
            <th scope="col">{t('synthesis.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {agg.units.map((u) => (
            <tr key={u.unitCode} data-status={u.status}>
              <th scope="row" {...SOURCE_TEXT}>
                {u.unitName}
              </th>
              <td>
                <span className={`badge ${u.counted ? 'badge-done' : u.status === 'missing' ? 'badge-empty' : 'badge-warn'}`}>{t(`aggregate.status.${u.status}`)}</span>
              </td>
              <td>{u.source ? `${u.source.revision} · ${shortHash(u.source.manifestSha256)}` : ''}</td>
              {/* The aggregation's own notes, in the words of the province's documents. */}
              <td {...SOURCE_TEXT}>{[...(u.counted ? u.notes.slice(1) : u.notes), ...u.errors].join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TotalsTable({ lines, periods, t }: { lines: IndicatorLine[]; periods: string[]; t: Translate }) {
  // A change column between each pair of consecutive points in time; one pair keeps the plain heading.
  const changes = periods.slice(1).map((to, i) => (periods.length === 2 ? t('synthesis.change') : rich(t, 'synthesis.changeBetween', { from: periods[i] ?? '', to }, ['from', 'to'])));
  return (
    <div className="table-scroll">
      <table className="doc-table" data-testid="synthesis-totals">
        <thead>
          <tr>
            <th scope="col">{t('synthesis.indicator')}</th>
            {periods.map((p, i) => (
              <th scope="col" key={`p${i}`} {...SOURCE_TEXT}>
                {p}
              </th>
            ))}
            {changes.map((c, i) => (
              <th scope="col" key={`c${i}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.indicatorId}>
              <th scope="row" {...SOURCE_TEXT}>
                {l.label}
              </th>
              {l.values.map((v, i) => (
                <td className="cell" key={`v${i}`}>
                  {num(v, l.kind === 'ratio')}
                </td>
              ))}
              {l.changes.map((v, i) => (
                <td className="cell" key={`c${i}`}>
                  {signed(v, l.kind === 'ratio')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One horizontal bar per counted unit, for a figure at the summary date: who weighs what in the total. */
export function UnitBars({ agg, fieldKey, title, caption }: { agg: Aggregate; fieldKey: string; title: string; caption?: ReactNode }) {
  const bars = agg.units.filter((u) => u.counted && u.values[fieldKey] !== undefined).map((u) => ({ name: u.unitName, value: u.values[fieldKey] as number }));
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 22;
  const label = 190;
  const width = 520;
  return (
    <figure className="panel">
      <figcaption className="card-title">{caption ?? title}</figcaption>
      <svg role="img" aria-label={title} width="100%" viewBox={`0 0 ${width} ${bars.length * row + 4}`}>
        {bars.map((b, i) => (
          <g key={b.name} transform={`translate(0 ${i * row})`}>
            <text x={label - 6} y={15} textAnchor="end" fontSize="12" {...SOURCE_TEXT}>
              {b.name}
            </text>
            <rect x={label} y={4} height={14} width={((width - label - 60) * b.value) / max} fill="#2f6f9f" />
            <text x={label + ((width - label - 60) * b.value) / max + 4} y={15} fontSize="12">
              {formatNumber(b.value)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export function FlagList({ flags, t }: { flags: Flag[]; t: Translate }) {
  if (flags.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="h-flags">
      <h2 id="h-flags">
        {t('synthesis.flags')} ({flags.length})
      </h2>
      <ul className="problem-list" data-testid="synthesis-flags">
        {flags.map((f, i) => (
          <li key={`${f.unitCode}.${f.key}.${i}`} className="problem problem-warning">
            {f.message}
            {f.explanation ? (
              <span className="problem-explanation">
                {' '}
                {t('synthesis.explanation')}: {f.explanation}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface CompilationProps {
  section: CompiledSection;
  t: Translate;
  onInsert(fieldKey: string, unitCode: string, manifestSha256: string): void;
  busy: boolean;
}

/** Every unit's text of one section side by side, each with its source and a button to take it. */
export function CompilationView({ section, t, onInsert, busy }: CompilationProps) {
  return (
    <div data-testid="synthesis-compilation">
      {section.fields.map((f) => (
        <section key={f.key} className="panel" aria-label={f.label}>
          <h3 {...SOURCE_TEXT}>
            {f.label}
            {f.inserted.length ? <span className="badge badge-done">{t('synthesis.inserted', { n: f.inserted.length })}</span> : null}
          </h3>
          <details>
            <summary>{t('synthesis.own')}</summary>
            <p className="narrative" {...SOURCE_TEXT}>
              {f.own || '—'}
            </p>
          </details>
          {f.passages.length === 0 ? <p className="table-empty">{t('synthesis.none')}</p> : null}
          <div className="cards">
            {f.passages.map((p) => (
              <article key={p.unitCode} className="card">
                <p className="card-title">
                  <Src>{p.unitName}</Src> <span className="card-note">{`${t('synthesis.revision')} ${p.revision} · ${shortHash(p.manifestSha256)}${p.counted ? '' : ` · ${t(`aggregate.status.${p.status}`)}`}`}</span>
                </p>
                <p className="narrative" {...SOURCE_TEXT}>
                  {p.text}
                </p>
                {f.insertable ? (
                  <button type="button" className="button button-quiet" disabled={busy} onClick={() => onInsert(f.key, p.unitCode, p.manifestSha256)}>
                    {t('synthesis.insert')}
                  </button>
                ) : null}
              </article>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
