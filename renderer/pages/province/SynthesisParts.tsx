// Pure parts of the synthesis page: props in, callbacks out. Units by name (a package's hashes only in
// its details, where someone checking provenance looks for them); numbers right-aligned in Vietnamese
// format, rates with two decimals and their changes in "điểm %", as in the documents.
import type { CompiledSection } from '../../../shared/aggregate/compile';
import { PassageView } from '../../components/reading/PassageView';
import type { Aggregate, Flag, IndicatorLine, PackageRef, UnitResult } from '../../../shared/aggregate/types';
import { formatValue } from '../../../shared/documents/table';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { rich, SOURCE_TEXT, Src } from '../../components/common/SourceText';

const num = (v: number | null, rate: boolean): string => (v === null ? '—' : formatValue(v, rate ? 'percent' : 'decimal'));
const signed = (v: number | null, rate: boolean): string => (v === null ? '—' : formatValue(v, rate ? 'changePercent' : 'change'));

const STATUS_TONE = (u: UnitResult): string => (u.counted ? 'badge-done' : u.status === 'missing' ? 'badge-empty' : 'badge-warn');

/** The package used: its revision and time received in the row, its hashes behind "Chi tiết". */
function PackageCell({ source, t }: { source: PackageRef; t: Translate }) {
  return (
    <details className="package-details">
      <summary>{t('synthesis.details')}</summary>
      <dl className="hash-list">
        <dt>{t('synthesis.manifestHash')}</dt>
        <dd className="mono">{source.manifestSha256}</dd>
        <dt>{t('synthesis.packageHash')}</dt>
        <dd className="mono">{source.packageSha256}</dd>
      </dl>
    </details>
  );
}

export function UnitsTable({ agg, t }: { agg: Aggregate; t: Translate }) {
  return (
    <div className="table-scroll">
      <table className="grid data-table synthesis-table" data-testid="synthesis-units">
        <caption className="visually-hidden">{t('synthesis.units')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('synthesis.unit')}</th>
            <th scope="col">{t('synthesis.status')}</th>
            <th scope="col" className="num">{t('synthesis.revision')}</th>
            <th scope="col">{t('synthesis.receivedAt')}</th>
            <th scope="col">{t('synthesis.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {agg.units.map((u) => (
            <tr key={u.unitCode} data-status={u.status} data-unit={u.unitCode}>
              <th scope="row" className="unit-cell" {...SOURCE_TEXT}>
                <span className="unit-name">{u.unitName}</span>
              </th>
              <td>
                <span className={`badge ${STATUS_TONE(u)}`}>{t(`aggregate.status.${u.status}`)}</span>
              </td>
              <td className="num">{u.source ? u.source.revision : '—'}</td>
              <td>
                {u.source ? (
                  <>
                    <span className="nowrap">{formatDateTime(new Date(u.source.receivedAt))}</span>
                    <PackageCell source={u.source} t={t} />
                  </>
                ) : (
                  '—'
                )}
              </td>
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
      <table className="grid data-table synthesis-table" data-testid="synthesis-totals">
        <caption className="visually-hidden">{t('synthesis.totals')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('synthesis.indicator')}</th>
            {periods.map((p, i) => (
              <th scope="col" className="num" key={`p${i}`} {...SOURCE_TEXT}>
                {p}
              </th>
            ))}
            {changes.map((c, i) => (
              <th scope="col" className="num" key={`c${i}`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.indicatorId} data-indicator={l.indicatorId}>
              <th scope="row" className={l.kind === 'ratio' ? 'indent' : undefined} {...SOURCE_TEXT}>
                {l.label}
                {l.unit && l.kind !== 'ratio' ? <span className="muted"> ({l.unit})</span> : null}
              </th>
              {l.values.map((v, i) => (
                <td className="num" key={`v${i}`}>
                  {num(v, l.kind === 'ratio')}
                </td>
              ))}
              {l.changes.map((v, i) => (
                <td className="num" key={`c${i}`}>
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
            {f.ownBlocks.length ? <PassageView blocks={f.ownBlocks} label={f.label} /> : <p>—</p>}
          </details>
          {f.passages.length === 0 ? <p className="table-empty">{t('synthesis.none')}</p> : null}
          <div className="cards">
            {f.passages.map((p) => (
              <article key={p.unitCode} className="card">
                <p className="card-title">
                  <Src>{p.unitName}</Src> <span className="card-note">{`${t('synthesis.revision')} ${p.revision}${p.counted ? '' : ` · ${t(`aggregate.status.${p.status}`)}`}`}</span>
                </p>
                <PassageView blocks={p.blocks} label={`${f.label} — ${p.unitName}`} />
                {f.insertable ? (
                  <div className="passage-actions">
                    <button type="button" className="button button-quiet" disabled={busy} onClick={() => onInsert(f.key, p.unitCode, p.manifestSha256)}>
                      {t('synthesis.insert')}
                    </button>
                  </div>
                ) : null}
              </article>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
