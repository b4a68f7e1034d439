// A table field (targets, documents issued, lessons, commendations): rows can be added and removed,
// numbers are typed the Vietnamese way, computed columns (rate, "Đạt") follow as the user types.
import { useState } from 'react';
import type { ColumnDef, ComputedColumnDef, FieldDef } from '../../../shared/campaign/model';
import { formatPercent, ratePercent } from '../../../shared/format/vi';
import type { TableRow } from '../../../shared/report/values';
import type { Translate } from '../../i18n/i18n';
import { without } from '../../store/records';
import type { InputBinding } from './inputs';
import { readNumber, showNumber } from './number-text';

type TableDef = Extract<FieldDef, { kind: 'table' }>;

const emptyRow = (columns: ColumnDef[]): TableRow => Object.fromEntries(columns.map((c) => [c.id, c.kind === 'text' && c.required ? '' : null]));

function toRows(value: unknown, columns: ColumnDef[]): TableRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((r: unknown) => {
    const row = emptyRow(columns);
    if (typeof r === 'object' && r !== null) {
      for (const c of columns) {
        const v = (r as Record<string, unknown>)[c.id];
        if (typeof v === 'string' || typeof v === 'number') row[c.id] = v;
      }
    }
    return row;
  });
}

/** Long text columns get room to read; numbers and dates stay narrow. */
const columnClass = (c: ColumnDef): string =>
  c.kind === 'text' ? (c.maxLength >= 200 ? 'col-wide' : c.maxLength <= 40 ? 'col-short' : 'col-text') : `col-${c.kind}`;

const cellKey = (row: number, col: string): string => `${row}:${col}`;

function computedText(def: ComputedColumnDef, row: TableRow, t: Translate): string {
  const n = row[def.numerator];
  const d = row[def.denominator];
  if (typeof n !== 'number' || typeof d !== 'number') return '';
  if (def.kind === 'rate') {
    const r = ratePercent(n, d);
    return r === null ? '' : formatPercent(r);
  }
  return n >= d ? t('table.met') : t('table.notMet');
}

export function TableInput(props: InputBinding & { value: unknown; def: TableDef; label: string; optional?: boolean | undefined }) {
  const { def, t } = props;
  const [rows, setRows] = useState<TableRow[]>(() => toRows(props.value, def.columns));
  // What was typed in number cells, kept as text so that "1." mid-typing is not reformatted.
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  const commit = (next: TableRow[], nextErrors: Record<string, string>) => {
    setRows(next);
    setErrors(nextErrors);
    const first = Object.entries(nextErrors)[0];
    if (first) {
      const [at, message] = first;
      const [r = '0', c = ''] = at.split(':');
      const col = def.columns.find((x) => x.id === c);
      props.onLocalError(`${t('table.rowNumber')} ${Number(r) + 1}, ${col?.label ?? c}: ${message}`);
      return;
    }
    props.onLocalError(null);
    props.onChange(next.length ? next : null);
  };

  const setCell = (ri: number, col: ColumnDef, raw: string) => {
    const next = rows.map((r, i) => (i === ri ? { ...r } : r));
    const row = next[ri];
    if (!row) return;
    const nextErrors = without(errors, cellKey(ri, col.id));
    if (col.kind === 'number') {
      setTexts({ ...texts, [cellKey(ri, col.id)]: raw });
      const reading = readNumber(raw, col.integer, t);
      if (reading.ok) row[col.id] = reading.value;
      else nextErrors[cellKey(ri, col.id)] = reading.message;
    } else if (col.kind === 'date') {
      row[col.id] = raw === '' ? null : raw;
    } else {
      row[col.id] = col.required ? raw : raw.trim() === '' ? null : raw;
    }
    commit(next, nextErrors);
  };

  const shift = (record: Record<string, string>, removed: number): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(record)) {
      const [r = '0', c = ''] = k.split(':');
      const n = Number(r);
      if (n !== removed) out[cellKey(n > removed ? n - 1 : n, c)] = v;
    }
    return out;
  };

  const removeRow = (ri: number) => {
    setTexts(shift(texts, ri));
    commit(
      rows.filter((_, i) => i !== ri),
      shift(errors, ri),
    );
  };

  const addRow = (seed?: TableRow[]) => commit([...rows, ...(seed ?? [emptyRow(def.columns)])], errors);
  const computed = def.computed ?? [];

  return (
    <div className="table-field">
      <p className="field-label" id={`${props.id}-label`}>
        {props.label}
        {props.optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
      </p>
      <div className="table-scroll">
        <table className="grid" id={props.id} tabIndex={-1} aria-labelledby={`${props.id}-label`} aria-describedby={props.describedBy}>
          <thead>
            <tr>
              <th scope="col" className="col-index">
                {t('table.rowNumber')}
              </th>
              {def.columns.map((c) => (
                <th scope="col" key={c.id} className={columnClass(c)}>
                  {c.label}
                </th>
              ))}
              {computed.map((c) => (
                <th scope="col" key={c.id} className="col-computed">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="col-actions">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={def.columns.length + computed.length + 2} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            ) : null}
            {rows.map((row, ri) => (
              <tr key={ri}>
                <td className="col-index">{ri + 1}</td>
                {def.columns.map((c) => {
                  const k = cellKey(ri, c.id);
                  const id = `${props.id}-${ri}-${c.id}`;
                  const label = `${c.label}, ${t('table.rowNumber')} ${ri + 1}`;
                  const invalid = errors[k] !== undefined || undefined;
                  const v = row[c.id];
                  if (c.kind === 'number') {
                    return (
                      <td key={c.id} className={columnClass(c)}>
                        <input
                          id={id}
                          className="input input-number cell"
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={label}
                          aria-invalid={invalid}
                          value={texts[k] ?? showNumber(v, c.integer)}
                          onChange={(e) => setCell(ri, c, e.target.value)}
                          onBlur={props.onBlur}
                        />
                      </td>
                    );
                  }
                  if (c.kind === 'date') {
                    return (
                      <td key={c.id} className={columnClass(c)}>
                        <input
                          id={id}
                          className="input cell"
                          type="date"
                          aria-label={label}
                          value={typeof v === 'string' ? v : ''}
                          onChange={(e) => setCell(ri, c, e.target.value)}
                          onBlur={props.onBlur}
                        />
                      </td>
                    );
                  }
                  return (
                    <td key={c.id} className={columnClass(c)}>
                      <textarea
                        id={id}
                        className="input cell cell-text"
                        rows={1}
                        aria-label={label}
                        value={typeof v === 'string' ? v : ''}
                        onChange={(e) => setCell(ri, c, e.target.value)}
                        onBlur={props.onBlur}
                      />
                    </td>
                  );
                })}
                {computed.map((c) => (
                  <td key={c.id} className="col-computed">
                    {computedText(c, row, t)}
                  </td>
                ))}
                <td className="col-actions">
                  <button type="button" className="button button-quiet" onClick={() => removeRow(ri)} aria-label={t('table.removeRow', { n: ri + 1 })}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-actions">
        {rows.length < def.maxRows ? (
          <button type="button" className="button" onClick={() => addRow()}>
            + {t('table.addRow', { item: def.itemLabel })}
          </button>
        ) : null}
        {rows.length === 0 && def.suggestedRows?.length ? (
          <button type="button" className="button" onClick={() => addRow(toRows(def.suggestedRows, def.columns))}>
            {t('table.useSuggested', { n: def.suggestedRows.length })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
