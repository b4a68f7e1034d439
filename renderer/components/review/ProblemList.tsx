// Every open problem of the report, each with a link that jumps to the field that needs work.
import type { ValidationIssue } from '../../../shared/validation/engine';
import { isExplained } from '../../../shared/validation/engine';
import type { Translate } from '../../i18n/i18n';
import { fieldHref, routeHref } from '../../routing/route';
import { rich, SOURCE_TEXT } from '../common/SourceText';

export interface ProblemListProps {
  issues: ValidationIssue[];
  labelOf(key: string): string;
  emptyParts: { id: string; label: string }[];
  signerMissing: boolean;
  numberMissing: boolean;
  t: Translate;
}

function IssueItem({ issue, labelOf, t }: { issue: ValidationIssue; labelOf(key: string): string; t: Translate }) {
  const key = issue.fields[0] ?? '';
  const explained = issue.severity === 'warning' && isExplained(issue.explanation);
  return (
    <li className={`problem problem-${issue.severity}${explained ? ' problem-explained' : ''}`}>
      <p {...SOURCE_TEXT}>{issue.message}</p>
      {issue.severity === 'warning' ? (
        <p className="problem-explanation">{explained ? rich(t, 'review.explained', { text: issue.explanation ?? '' }, ['text']) : t('review.unexplained')}</p>
      ) : null}
      <a href={fieldHref(key)} className="problem-link">
        {rich(t, 'review.goToField', { field: labelOf(key) }, ['field'])}
      </a>
    </li>
  );
}

export function ProblemList({ issues, labelOf, emptyParts, signerMissing, numberMissing, t }: ProblemListProps) {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const open = errors.length + warnings.filter((w) => !isExplained(w.explanation)).length + emptyParts.length;
  return (
    <div className="problems">
      {open === 0 ? (
        <p className="alert alert-ok">{t('review.allClear')}</p>
      ) : null}
      {errors.length ? (
        <section aria-labelledby="p-errors">
          <h3 id="p-errors">{t('review.errors', { n: errors.length })}</h3>
          <ul className="problem-list">
            {errors.map((i) => (
              <IssueItem key={i.ruleId} issue={i} labelOf={labelOf} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
      {warnings.length ? (
        <section aria-labelledby="p-warnings">
          <h3 id="p-warnings">{t('review.warnings', { n: warnings.length })}</h3>
          <ul className="problem-list">
            {warnings.map((i) => (
              <IssueItem key={i.ruleId} issue={i} labelOf={labelOf} t={t} />
            ))}
          </ul>
        </section>
      ) : null}
      {emptyParts.length ? (
        <section aria-labelledby="p-empty">
          <h3 id="p-empty">{t('review.empty', { n: emptyParts.length })}</h3>
          <ul className="problem-list">
            {emptyParts.map((p) => (
              <li key={p.id} className="problem problem-empty">
                <a href={routeHref({ page: 'edit', part: p.id, field: null })} className="problem-link" {...SOURCE_TEXT}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {signerMissing || numberMissing ? (
        <section aria-labelledby="p-other">
          <h3 id="p-other">{t('review.other')}</h3>
          <ul className="problem-list">
            {signerMissing ? <li className="problem">{t('review.signerMissing')}</li> : null}
            {numberMissing ? <li className="problem">{t('review.numberMissing')}</li> : null}
          </ul>
          <a href={routeHref({ page: 'profile' })} className="problem-link">
            {t('review.editProfile')}
          </a>
        </section>
      ) : null}
    </div>
  );
}
