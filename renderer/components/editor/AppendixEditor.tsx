// The data appendix: every indicator at each point in time of the template in one table, rates computed as the user types,
// and each row's problems (and warning explanations) in a row right below it.
import type { AppendixDef, IndicatorDef } from '../../../shared/campaign/model';
import { appendixKey } from '../../../shared/campaign/keys';
import { formatPercent, ratePercent } from '../../../shared/format/vi';
import type { RawInputs } from '../../../shared/report/raw-inputs';
import type { Translate } from '../../i18n/i18n';
import { fieldDomId } from '../../routing/route';
import { NumberInput } from '../fields/inputs';
import { IssueNotes, issueDomId, type FieldIssue } from '../fields/IssueNotes';
import { ReviewNote, type EditorCallbacks, type ReviewComment } from './FieldEditor';
import { SOURCE_TEXT } from '../common/SourceText';

export interface AppendixEditorProps {
  appendix: AppendixDef;
  values: Record<string, unknown>;
  raw: RawInputs;
  errors: Record<string, string>;
  issuesAt(key: string): FieldIssue[];
  /** The messages of a group this cell belongs to, said once at another cell of the page (DOM ids). */
  groupOf(key: string): string[];
  /** The level above's comment on a cell of a returned report. */
  reviewOf(key: string): ReviewComment | undefined;
  explanationErrors: Record<string, string>;
  on: EditorCallbacks;
  t: Translate;
}

function rateText(ind: IndicatorDef, period: string, values: Record<string, unknown>): string {
  if (ind.aggregate.kind !== 'ratio') return '';
  const n = values[`pl.${ind.aggregate.numerator}.${period}`];
  const d = values[`pl.${ind.aggregate.denominator}.${period}`];
  const r = ratePercent(typeof n === 'number' ? n : null, typeof d === 'number' ? d : null);
  return r === null ? '' : formatPercent(r);
}

export function AppendixEditor({ appendix, values, raw, errors, issuesAt, groupOf, reviewOf, explanationErrors, on, t }: AppendixEditorProps) {
  const periods = appendix.periods;
  const columns = 2 + periods.length;
  return (
    <div className="table-scroll">
      <table className="grid appendix-grid">
        <caption className="visually-hidden" {...SOURCE_TEXT}>
          {appendix.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('appendix.indicator')}</th>
            <th scope="col" className="col-unit">
              {t('appendix.unit')}
            </th>
            {periods.map((p) => (
              <th scope="col" key={p.id} className="col-number" {...SOURCE_TEXT}>
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        {appendix.groups.map((group) => (
          <tbody key={group.id}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={columns} {...SOURCE_TEXT}>
                {group.title}
              </th>
            </tr>
            {group.indicators.map((ind) => {
              const keys = periods.map((p) => appendixKey(ind.id, p.id));
              const rowErrors = keys.flatMap((k) => (errors[k] ? [{ key: k, message: errors[k] }] : []));
              const rowIssues = keys.map((k) => ({ key: k, issues: issuesAt(k) })).filter((x) => x.issues.length > 0);
              const rowReviews = keys.flatMap((k) => {
                const note = reviewOf(k);
                return note ? [{ key: k, note }] : [];
              });
              return [
                <tr key={ind.id} className={ind.level === 0 ? 'row-total' : 'row-part'}>
                  <th scope="row" className={`indicator level-${ind.level}`} {...SOURCE_TEXT}>
                    {ind.label}
                  </th>
                  <td className="col-unit" {...SOURCE_TEXT}>
                    {ind.unit}
                  </td>
                  {periods.map((p) => {
                    const key = appendixKey(ind.id, p.id);
                    if (ind.aggregate.kind === 'ratio') {
                      return (
                        <td key={p.id} className="col-computed" title={t('appendix.computed')}>
                          {rateText(ind, p.id, values)}
                        </td>
                      );
                    }
                    const id = fieldDomId(key);
                    const issues = issuesAt(key);
                    const group = groupOf(key);
                    const described = [errors[key] ? `${id}-error` : null, reviewOf(key) ? `${id}-review` : null, ...issues.map((i) => issueDomId(id, i.ruleId)), ...group].filter(Boolean).join(' ');
                    return (
                      <td key={p.id}>
                        <NumberInput
                          id={id}
                          className="input input-number cell"
                          label={`${ind.label} — ${p.label}`}
                          value={values[key]}
                          raw={raw[key]}
                          integer
                          describedBy={described || undefined}
                          invalid={Boolean(errors[key]) || issues.some((i) => i.severity === 'error') || group.length > 0}
                          onChange={(v, r, typed) => on.change(key, v, r, typed)}
                          onLocalError={(m) => on.localError(key, m)}
                          onBlur={on.blur}
                          t={t}
                        />
                      </td>
                    );
                  })}
                </tr>,
                rowErrors.length || rowIssues.length || rowReviews.length ? (
                  <tr key={`${ind.id}-notes`} className="notes-row">
                    <td colSpan={columns}>
                      {rowErrors.map((e) => (
                        <p key={e.key} className="field-error" id={`${fieldDomId(e.key)}-error`} role="alert">
                          {e.message}
                        </p>
                      ))}
                      {rowReviews.map((x) => (
                        <ReviewNote key={`review-${x.key}`} fieldId={fieldDomId(x.key)} note={x.note} t={t} />
                      ))}
                      {rowIssues.map((x) => (
                        <IssueNotes
                          key={x.key}
                          fieldId={fieldDomId(x.key)}
                          issues={x.issues}
                          explanationErrors={explanationErrors}
                          onExplain={on.explain}
                          onExplainBlur={on.blur}
                          t={t}
                        />
                      ))}
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
