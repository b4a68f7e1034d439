// Validation results where they belong: the full message at the rule's first field (where review links
// jump), a pointer at its other fields, and for a warning the box to explain it right there.
import { useState } from 'react';
import { isExplained, MIN_EXPLANATION_LENGTH } from '../../../shared/validation/engine';
import type { Translate } from '../../i18n/i18n';
import { fieldHref } from '../../routing/route';
import { Src } from '../common/SourceText';

export interface FieldIssue {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  /** This field is where the rule's message lives (its first field). */
  primary: boolean;
  primaryLabel: string;
  /** The field that carries the message, for the link from the others. */
  primaryKey: string;
  explanation: string | null;
}

export const issueDomId = (fieldId: string, ruleId: string): string => `${fieldId}-issue-${ruleId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export interface IssueNotesProps {
  fieldId: string;
  issues: FieldIssue[];
  explanationErrors: Record<string, string>;
  onExplain(ruleId: string, text: string): void;
  onExplainBlur(): void;
  t: Translate;
}

export function IssueNotes({ fieldId, issues, explanationErrors, onExplain, onExplainBlur, t }: IssueNotesProps) {
  if (issues.length === 0) return null;
  return (
    <div className="issues">
      {issues.map((issue) => (
        <div key={issue.ruleId} className={`issue issue-${issue.severity}`} id={issueDomId(fieldId, issue.ruleId)}>
          <p className="issue-text">
            <strong>{t(issue.severity === 'error' ? 'issue.error' : 'issue.warning')}: </strong>
            {issue.primary ? (
              <Src>{issue.message}</Src>
            ) : (
              // The message lives at another field, maybe in another section: a link takes the user there.
              <>
                {t('issue.alsoAtPrefix')} <a href={fieldHref(issue.primaryKey)}>
                  «<Src>{issue.primaryLabel}</Src>»
                </a>
                .
              </>
            )}
          </p>
          {issue.primary && issue.severity === 'warning' ? (
            <ExplanationBox
              id={`${issueDomId(fieldId, issue.ruleId)}-explain`}
              initial={issue.explanation ?? ''}
              error={explanationErrors[issue.ruleId]}
              onChange={(text) => onExplain(issue.ruleId, text)}
              onBlur={onExplainBlur}
              t={t}
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}

interface ExplanationBoxProps {
  id: string;
  initial: string;
  error: string | undefined;
  onChange(text: string): void;
  onBlur(): void;
  t: Translate;
}

function ExplanationBox({ id, initial, error, onChange, onBlur, t }: ExplanationBoxProps) {
  const [text, setText] = useState(initial);
  const done = isExplained(text);
  return (
    <div className="explain">
      <label htmlFor={id} className="explain-label">
        {t('explain.label')}{' '}
        <span className={done ? 'badge badge-ok' : 'badge badge-warn'}>{t(done ? 'explain.done' : 'explain.missing')}</span>
      </label>
      <p className="field-help" id={`${id}-help`}>
        {t('explain.help', { n: MIN_EXPLANATION_LENGTH })}
      </p>
      <textarea
        id={id}
        className="input textarea-short"
        value={text}
        rows={2}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={onBlur}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
