// The simple inputs: narrative, one-line text, number, and choices. Each keeps what the user typed
// locally (so the cursor never jumps) and reports a parsed value, or a local error, upward.
import { useEffect, useState } from 'react';
import type { ChoiceOption } from '../../../shared/campaign/model';
import type { RawCells } from '../../../shared/report/raw-inputs';
import type { FieldValue } from '../../../shared/report/values';
import type { Translate } from '../../i18n/i18n';
import { narrativeFromHtml, narrativeFromText } from './narrative-paste';
import { readNumber, showNumber } from './number-text';
import { SOURCE_TEXT } from '../common/SourceText';

export interface InputBinding {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
  /**
   * `raw`: the cells that cannot be read, as typed ({} when there are none). `typed`: a one-value
   * field's text as typed, kept instead of the value should the services refuse it.
   */
  onChange(value: FieldValue | null, raw?: RawCells, typed?: string): void;
  onLocalError(message: string | null): void;
  onBlur(): void;
  t: Translate;
}

const textOrNull = (s: string): string | null => (s.trim() === '' ? null : s);

/** A text refused by the services (too long) was kept as typed beside the value: it is what is shown. */
const initialText = (value: unknown, raw: RawCells | undefined): string => raw?.[''] ?? (typeof value === 'string' ? value : '');

export function NarrativeInput(props: InputBinding & { value: unknown; raw?: RawCells | undefined; placeholder?: string | undefined }) {
  const [text, setText] = useState(initialText(props.value, props.raw));
  const changed = (next: string) => {
    setText(next);
    props.onLocalError(null);
    props.onChange(textOrNull(next), {}, next);
  };
  return (
    <textarea
      id={props.id}
      className="input narrative"
      value={text}
      rows={6}
      spellCheck
      placeholder={props.placeholder}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      onChange={(e) => changed(e.target.value)}
      onPaste={(e) => {
        // From Word: paragraphs kept one per line, bullets and numbering made the report's "- " lines.
        const html = e.clipboardData.getData('text/html');
        const plain = e.clipboardData.getData('text/plain');
        const pasted = (html ? narrativeFromHtml(html) : null) ?? (/\n/.test(plain) ? narrativeFromText(plain) : null);
        if (pasted === null) return;
        e.preventDefault();
        // As typed text, so that Ctrl+Z takes the paste back; the input event reaches onChange.
        if (document.execCommand('insertText', false, pasted)) return;
        const el = e.currentTarget;
        changed(`${el.value.slice(0, el.selectionStart)}${pasted}${el.value.slice(el.selectionEnd)}`);
      }}
      onBlur={props.onBlur}
    />
  );
}

export function TextInput(props: InputBinding & { value: unknown; raw?: RawCells | undefined }) {
  const [text, setText] = useState(initialText(props.value, props.raw));
  return (
    <input
      id={props.id}
      className="input"
      type="text"
      value={text}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        props.onLocalError(null);
        props.onChange(textOrNull(e.target.value), {}, e.target.value);
      }}
      onBlur={props.onBlur}
    />
  );
}

export function NumberInput(
  props: InputBinding & { value: unknown; raw?: RawCells | undefined; integer: boolean; label?: string | undefined; className?: string },
) {
  // What was typed and could not be read is kept as typed (saved beside the value) and shown again.
  const kept = props.raw?.[''];
  const [text, setText] = useState(kept ?? showNumber(props.value, props.integer));
  const { onLocalError, integer, t } = props;
  useEffect(() => {
    if (kept === undefined) return;
    const r = readNumber(kept, integer, t);
    onLocalError(r.ok ? null : r.message);
    // Only when the field is shown: later texts report themselves as they are typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <input
      id={props.id}
      className={props.className ?? 'input input-number'}
      type="text"
      inputMode={props.integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        const r = readNumber(e.target.value, props.integer, props.t);
        props.onLocalError(r.ok ? null : r.message);
        props.onChange(r.ok ? r.value : null, r.ok ? {} : { '': e.target.value }, e.target.value);
      }}
      onBlur={() => {
        const r = readNumber(text, props.integer, props.t);
        if (r.ok) setText(showNumber(r.value, props.integer));
        props.onBlur();
      }}
    />
  );
}

export function ChoicesInput(props: InputBinding & { value: unknown; label: string; options: ChoiceOption[] }) {
  const [chosen, setChosen] = useState<string[]>(Array.isArray(props.value) ? props.value.filter((v): v is string => typeof v === 'string') : []);
  const toggle = (id: string, on: boolean) => {
    // Keep the template's order, whatever the order of clicks.
    const next = props.options.map((o) => o.id).filter((o) => (o === id ? on : chosen.includes(o)));
    setChosen(next);
    props.onChange(next.length ? next : null);
  };
  return (
    <fieldset className="choices" aria-describedby={props.describedBy}>
      <legend className="field-label" {...SOURCE_TEXT}>
        {props.label}
      </legend>
      <div className="choices-grid">
        {props.options.map((o, i) => (
          <label key={o.id} className="choice">
            <input
              type="checkbox"
              id={i === 0 ? props.id : `${props.id}-${o.id}`}
              checked={chosen.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
              onBlur={props.onBlur}
            />
            <span {...SOURCE_TEXT}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
