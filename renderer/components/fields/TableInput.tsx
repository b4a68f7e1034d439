// A table field (targets, documents issued, lessons, commendations), used like a spreadsheet: Enter and
// the arrow keys move between cells, Ctrl+Z undoes, a block pasted from Excel or Word fills cells and
// adds rows. Every valid cell is saved at once; a cell that cannot be read is saved as typed and marked
// with its message, so one wrong cell never holds back the rest of the table.
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { ColumnDef, ComputedColumnDef, FieldDef } from '../../../shared/campaign/model';
import { showDayMonthYear } from '../../../shared/format/day-month-year';
import { formatPercent, ratePercent } from '../../../shared/format/vi';
import type { RawCells } from '../../../shared/report/raw-inputs';
import type { TableRow } from '../../../shared/report/values';
import type { Translate } from '../../i18n/i18n';
import type { InputBinding } from './inputs';
import { showNumber } from './number-text';
import { clipboardBlock } from './table-paste';
import { rich, Src } from '../common/SourceText';
import {
  addRows,
  cellKey,
  emptyRow,
  initialState,
  pasteBlock,
  removeRow,
  restoreRow,
  setCell,
  settleCell,
  toSave,
  type RemovedRow,
  type TableState,
} from './table-model';

type TableDef = Extract<FieldDef, { kind: 'table' }>;

/** Long text columns get room to read; numbers and dates stay narrow. */
const columnClass = (c: ColumnDef): string =>
  c.kind === 'text' ? (c.maxLength >= 200 ? 'col-wide' : c.maxLength <= 40 ? 'col-short' : 'col-text') : `col-${c.kind}`;

/** Text columns share the table's free width by how much they may hold, so that a long name does not
 * wrap to five lines beside an empty short column. */
const textWeight = (c: ColumnDef): number => (c.kind !== 'text' || c.maxLength <= 40 ? 0 : c.maxLength <= 100 ? 1 : c.maxLength <= 500 ? 2 : 3);

function columnWidths(columns: ColumnDef[]): Record<string, string> {
  const total = columns.reduce((n, c) => n + textWeight(c), 0);
  const share = columns.some((c) => c.kind !== 'text') ? 60 : 85;
  return Object.fromEntries(columns.filter((c) => textWeight(c) > 0).map((c) => [c.id, `${Math.round((textWeight(c) / total) * share)}%`]));
}

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

function shownText(col: ColumnDef, v: string | number | null | undefined): string {
  if (col.kind === 'number') return showNumber(v, col.integer);
  if (col.kind === 'date') return showDayMonthYear(v);
  return typeof v === 'string' ? v : '';
}

type CellElement = HTMLInputElement | HTMLTextAreaElement;

export function TableInput(props: InputBinding & { value: unknown; raw?: RawCells | undefined; def: TableDef; label: string; optional?: boolean | undefined }) {
  const { def, t } = props;
  const columns = def.columns;
  const [state, setState] = useState<TableState>(() => initialState(props.value, props.raw, columns, t));
  const [removed, setRemoved] = useState<RemovedRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The cell being typed in: computed columns wait until it is left, never showing a half-typed figure.
  const [editing, setEditing] = useState<string | null>(null);
  // Undo: the state before each run of typing in one cell, and before each row change.
  const history = useRef<TableState[]>([]);
  const lastEdited = useRef<string | null>(null);

  const cellId = (ri: number, col: string) => `${props.id}-${ri}-${col}`;

  const commit = (next: TableState, options: { undoable?: string | null } = {}) => {
    if (options.undoable !== undefined && (options.undoable === null || options.undoable !== lastEdited.current)) {
      history.current = [...history.current.slice(-99), state];
    }
    lastEdited.current = options.undoable ?? null;
    setState(next);
    const { value, raw } = toSave(next);
    props.onLocalError(null);
    props.onChange(value, raw);
  };

  const focusCell = (ri: number, ci: number) => {
    const col = columns[ci];
    if (!col) return;
    const el = document.getElementById(cellId(ri, col.id));
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.focus();
      el.select();
    }
  };

  const undo = (): boolean => {
    const previous = history.current.pop();
    if (!previous) return false;
    lastEdited.current = null;
    setState(previous);
    const { value, raw } = toSave(previous);
    props.onChange(value, raw);
    setRemoved(null);
    return true;
  };

  const remove = (ri: number) => {
    const out = removeRow(state, ri);
    if (!out.removed) return;
    commit(out.state, { undoable: null });
    setRemoved(out.removed);
    setNotice(null);
  };

  const putBack = () => {
    if (!removed) return;
    commit(restoreRow(state, removed), { undoable: null });
    const at = Math.min(removed.index, state.rows.length);
    setRemoved(null);
    requestAnimationFrame(() => focusCell(at, 0));
  };

  const add = (rows: TableRow[]) => {
    commit(addRows(state, rows), { undoable: null });
    const at = state.rows.length;
    requestAnimationFrame(() => focusCell(at, 0));
  };

  const position = (el: EventTarget): { ri: number; ci: number } | null => {
    if (!(el instanceof HTMLElement) || el.dataset.row === undefined || el.dataset.col === undefined) return null;
    return { ri: Number(el.dataset.row), ci: Number(el.dataset.col) };
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = position(e.target);
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
      if (undo()) e.preventDefault();
      return;
    }
    if (!at || e.altKey) return;
    const el = e.target as CellElement;
    const caretAtStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const caretAtEnd = el.selectionStart === el.value.length && el.selectionEnd === el.value.length;
    const multiline = el instanceof HTMLTextAreaElement && el.scrollHeight > el.clientHeight + 2;
    let to: { ri: number; ci: number } | null = null;
    if ((e.ctrlKey || e.metaKey) && e.key === 'Delete') {
      e.preventDefault();
      remove(at.ri);
      requestAnimationFrame(() => focusCell(Math.min(at.ri, state.rows.length - 2), at.ci));
      return;
    }
    if (e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      to = { ri: at.ri + (e.shiftKey ? -1 : 1), ci: at.ci };
    } else if (e.key === 'ArrowDown' && (!multiline || caretAtEnd)) to = { ri: at.ri + 1, ci: at.ci };
    else if (e.key === 'ArrowUp' && (!multiline || caretAtStart)) to = { ri: at.ri - 1, ci: at.ci };
    else if (e.key === 'ArrowLeft' && caretAtStart) to = { ri: at.ri, ci: at.ci - 1 };
    else if (e.key === 'ArrowRight' && caretAtEnd) to = { ri: at.ri, ci: at.ci + 1 };
    if (!to || to.ri < 0 || to.ri >= state.rows.length || to.ci < 0 || to.ci >= columns.length) return;
    e.preventDefault();
    focusCell(to.ri, to.ci);
  };

  // On a cell: the block starts there. Elsewhere in the table's area (the "add" button, an empty
  // table): it goes below the last row.
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const at = position(e.target) ?? { ri: state.rows.length, ci: 0 };
    const block = clipboardBlock(e.clipboardData);
    if (!block) return;
    e.preventDefault();
    const out = pasteBlock(state, block, { row: at.ri, col: at.ci }, columns, def.maxRows, t);
    commit(out.state, { undoable: null });
    setNotice(out.dropped ? t('table.pasteDropped', { n: out.dropped, max: def.maxRows }) : t('table.pasted', { n: block.length }));
  };

  const computed = def.computed ?? [];
  const widths = columnWidths(columns);
  const { rows, texts, errors } = state;

  return (
    <div className="table-field" onPaste={onPaste}>
      <p className="field-label" id={`${props.id}-label`}>
        <Src>{props.label}</Src>
        {props.optional ? <span className="field-optional"> {t('form.optional')}</span> : null}
      </p>
      <div className="table-scroll">
        <table
          className="grid grid-cells"
          id={props.id}
          tabIndex={-1}
          aria-labelledby={`${props.id}-label`}
          aria-describedby={[props.describedBy, `${props.id}-keys`].filter(Boolean).join(' ')}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <th scope="col" className="col-index">
                {t('table.rowNumber')}
              </th>
              {columns.map((c) => (
                <th scope="col" key={c.id} className={columnClass(c)} style={widths[c.id] ? { width: widths[c.id] } : undefined}>
                  <Src>{c.label}</Src>
                </th>
              ))}
              {computed.map((c) => (
                <th scope="col" key={c.id} className="col-computed">
                  <Src>{c.label}</Src>
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
                <td colSpan={columns.length + computed.length + 2} className="table-empty">
                  {t('table.empty')}
                </td>
              </tr>
            ) : null}
            {rows.map((row, ri) => [
              <tr key={ri}>
                <td className="col-index">{ri + 1}</td>
                {columns.map((c, ci) => {
                  const k = cellKey(ri, c.id);
                  const id = cellId(ri, c.id);
                  const message = errors[k];
                  const common = {
                    id,
                    'data-row': ri,
                    'data-col': ci,
                    'aria-label': `${c.label}, ${t('table.rowNumber')} ${ri + 1}`,
                    'aria-invalid': message !== undefined || undefined,
                    'aria-describedby': message !== undefined ? `${id}-error` : undefined,
                    value: texts[k] ?? shownText(c, row[c.id]),
                    onFocus: () => setEditing(k),
                    onBlur: () => {
                      setEditing(null);
                      setState((s) => settleCell(s, k));
                      props.onBlur();
                    },
                  };
                  const onText = (text: string) => commit(setCell(state, ri, c, text, t), { undoable: k });
                  return (
                    <td key={c.id} className={`${columnClass(c)}${message !== undefined ? ' cell-invalid' : ''}`}>
                      {c.kind === 'text' ? (
                        <textarea {...common} className="input cell cell-text" rows={1} onChange={(e) => onText(e.target.value)} />
                      ) : (
                        <input
                          {...common}
                          className={`input cell${c.kind === 'number' ? ' input-number' : ' input-date'}`}
                          type="text"
                          inputMode={c.kind === 'number' ? 'decimal' : 'numeric'}
                          autoComplete="off"
                          placeholder={c.kind === 'date' ? t('date.placeholder') : undefined}
                          onChange={(e) => onText(e.target.value)}
                        />
                      )}
                    </td>
                  );
                })}
                {computed.map((c) => {
                  const typing = editing === cellKey(ri, c.numerator) || editing === cellKey(ri, c.denominator);
                  return (
                    <td key={c.id} className="col-computed">
                      {typing ? '' : computedText(c, row, t)}
                    </td>
                  );
                })}
                <td className="col-actions">
                  <button
                    type="button"
                    className="button button-quiet"
                    tabIndex={-1}
                    aria-keyshortcuts="Control+Delete"
                    title={t('table.removeRowHint')}
                    onClick={() => remove(ri)}
                    aria-label={t('table.removeRow', { n: ri + 1 })}
                  >
                    ✕
                  </button>
                </td>
              </tr>,
              // A cell's message goes on a line of its own under the row: a narrow number column would
              // squeeze it to a word per line.
              columns.some((c) => errors[cellKey(ri, c.id)] !== undefined) ? (
                <tr key={`${ri}-notes`} className="cell-notes">
                  <td />
                  <td colSpan={columns.length + computed.length + 1}>
                    {columns.map((c) => {
                      const message = errors[cellKey(ri, c.id)];
                      return message === undefined ? null : (
                        <p key={c.id} className="cell-error" id={`${cellId(ri, c.id)}-error`}>
                          <span className="cell-error-place">
                            <Src>{c.label}</Src>:
                          </span>{' '}
                          <Src>{message}</Src>
                        </p>
                      );
                    })}
                  </td>
                </tr>
              ) : null,
            ])}
          </tbody>
        </table>
      </div>
      <p className="table-keys" id={`${props.id}-keys`}>
        {t('table.keys')}
      </p>
      {removed || notice ? (
        <p className="table-notice" role="status">
          {removed ? (
            <>
              {t('table.removed', { n: removed.index + 1 })}{' '}
              <button type="button" className="button button-small" onClick={putBack}>
                {t('table.undoRemove')}
              </button>
            </>
          ) : (
            notice
          )}
        </p>
      ) : null}
      <div className="table-actions">
        {rows.length < def.maxRows ? (
          <button type="button" className="button" onClick={() => add([emptyRow(columns)])}>
            + {rich(t, 'table.addRow', { item: def.itemLabel }, ['item'])}
          </button>
        ) : null}
        {rows.length === 0 && def.suggestedRows?.length ? (
          <button type="button" className="button" onClick={() => add(initialState(def.suggestedRows, undefined, columns, t).rows)}>
            {t('table.useSuggested', { n: def.suggestedRows.length })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
