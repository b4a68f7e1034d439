// The frame around every input: label, help, the input itself, and what is wrong with it. The ids it
// returns tie the input to its help and messages (aria-describedby), so screen readers read them.
import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/i18n';
import { SOURCE_TEXT, Src } from '../common/SourceText';

export interface FieldFrameProps {
  id: string;
  label: string;
  help?: string | undefined;
  hint?: string | undefined;
  optional?: boolean | undefined;
  /** A message the field itself caused (unreadable number, value refused by the services). */
  error?: string | undefined;
  t: Translate;
  /** Renders the input with the ids it must reference. */
  children: (aria: { describedBy: string | undefined; invalid: boolean }) => ReactNode;
  /** Validation notes below the input (rule messages, explanation box). */
  notes?: ReactNode;
  describedBy?: string[];
  invalid?: boolean;
  /** Fieldsets label themselves with a legend, so they render their own label. */
  as?: 'field' | 'group';
}

export function FieldFrame(props: FieldFrameProps) {
  const { id, label, help, hint, optional, error, t } = props;
  const ids = [help ? `${id}-help` : null, hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...(props.describedBy ?? [])].filter(
    (x): x is string => x !== null,
  );
  const aria = { describedBy: ids.length ? ids.join(' ') : undefined, invalid: Boolean(error) || Boolean(props.invalid) };
  const extra = (
    <>
      {help ? (
        <p className="field-help" id={`${id}-help`} {...SOURCE_TEXT}>
          {help}
        </p>
      ) : null}
    </>
  );
  return (
    <div className={`field${aria.invalid ? ' field-invalid' : ''}`}>
      {props.as === 'group' ? null : (
        <label className="field-label" htmlFor={id}>
          <Src>{label}</Src>
          {optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
        </label>
      )}
      {extra}
      {props.children(aria)}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      {props.notes}
    </div>
  );
}
