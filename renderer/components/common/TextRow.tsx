// A labelled one-line input with help and an error: the setup form, and the passphrases of a key move.
import type { ReactNode } from 'react';

export interface TextRowProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  help?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  requiredLabel?: string;
  autoComplete?: string;
  /** A passphrase is typed hidden. */
  type?: 'text' | 'password';
}

export function TextRow({ id, label, value, onChange, help, error, required, requiredLabel, autoComplete, type = 'text' }: TextRowProps) {
  const described = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required && requiredLabel ? <span className="field-required"> {requiredLabel}</span> : null}
      </label>
      {help ? (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
