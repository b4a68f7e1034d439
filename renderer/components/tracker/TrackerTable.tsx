// Every expected unit with its status, revision, signer, time received and days against the deadline;
// sortable by each column (the header buttons say the order to screen readers with aria-sort).
import type { TrackerRow } from '../../../shared/api/inbox-types';
import { formatDateTime, formatShortDate } from '../../../shared/format/vi';
import { daysToSpare } from '../../../shared/inbox/tracker-labels';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { Sort, SortKey } from './tracker-view';
import { routeHref } from '../../routing/route';
import { rich, SOURCE_TEXT } from '../common/SourceText';

export interface TrackerTableProps {
  rows: TrackerRow[];
  sort: Sort;
  onSort(key: SortKey): void;
  onDecide(row: TrackerRow, decision: 'accepted' | 'returned'): void;
  /** Opens the attachments of the row's received revision (the signed scan, photos). */
  onAttachments?(row: TrackerRow): void;
  t: Translate;
}

const STATUS_TONE = { missing: 'empty', 'on-time': 'ok', late: 'warn', returned: 'error', accepted: 'done' } as const;

export function daysText(row: TrackerRow, t: Translate): { text: string; tone: 'ok' | 'warn' | 'error' | 'muted' } {
  const d = daysToSpare(row);
  if (d === null) return { text: '—', tone: 'muted' };
  if (!row.receivedAt) {
    if (d > 0) return { text: t('days.left', { n: d }), tone: d <= 2 ? 'warn' : 'muted' };
    return d === 0 ? { text: t('days.today'), tone: 'warn' } : { text: t('days.overdue', { n: -d }), tone: 'error' };
  }
  if (d > 0) return { text: t('days.early', { n: d }), tone: 'ok' };
  return d === 0 ? { text: t('days.onDay'), tone: 'ok' } : { text: t('days.late', { n: -d }), tone: 'error' };
}

const COLUMNS: { key: SortKey; label: MessageKey }[] = [
  { key: 'unit', label: 'tracker.col.unit' },
  { key: 'status', label: 'tracker.col.status' },
  { key: 'revision', label: 'tracker.col.revision' },
  { key: 'signer', label: 'tracker.col.signer' },
  { key: 'received', label: 'tracker.col.received' },
  { key: 'days', label: 'tracker.col.deadline' },
];

export function TrackerTable({ rows, sort, onSort, onDecide, onAttachments, t }: TrackerTableProps) {
  return (
    <div className="table-scroll">
      <table className="grid data-table tracker-table" data-testid="tracker-table">
        <caption className="visually-hidden">{t('tracker.title')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const on = sort.key === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                    {t(c.label)}
                    <span className="sort-mark" aria-hidden="true">
                      {on ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('tracker.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const days = daysText(r, t);
            return (
              <tr key={r.unitCode} data-unit={r.unitCode}>
                <th scope="row" className="unit-cell">
                  <span className="unit-name" {...SOURCE_TEXT}>
                    {r.unitName}
                  </span>
                  <span className="unit-code mono">{r.unitCode}</span>
                </th>
                <td>
                  <span className={`badge badge-${STATUS_TONE[r.status]}`} data-testid="status">
                    {t(`status.${r.status}`)}
                  </span>
                  {r.held ? <span className="badge badge-warn">{t('tracker.held', { n: r.held })}</span> : null}
                  {r.conflict ? <span className="badge badge-error">{t('tracker.conflict')}</span> : null}
                  {r.comment ? <p className="cell-note">{rich(t, 'tracker.comment', { text: r.comment }, ['text'])}</p> : null}
                </td>
                <td className="num">{r.revision ?? '—'}</td>
                <td {...SOURCE_TEXT}>{r.signer ?? '—'}</td>
                <td>
                  <span className="nowrap">{r.receivedAt ? formatDateTime(new Date(r.receivedAt)) : '—'}</span>
                  {r.receivedAt ? (
                    <p className="cell-note" data-testid="received-basis">
                      {t(r.receivedBasis ? `tracker.basis.${r.receivedBasis}` : 'tracker.basis.unknown')}
                    </p>
                  ) : null}
                  {r.createdAfterReceived ? (
                    <span className="badge badge-warn" data-testid="created-after-received">
                      {t('tracker.createdAfterReceived')}
                    </span>
                  ) : null}
                </td>
                <td className="nowrap">
                  {r.deadline ? <span className="muted">{formatShortDate(r.deadline)} · </span> : null}
                  <span className={`days days-${days.tone}`}>{days.text}</span>
                </td>
                <td className="row-actions">
                  {r.inboxId !== undefined ? (
                    <a className="button button-small" href={routeHref({ page: 'received', id: r.inboxId })} aria-label={t('tracker.readUnit', { unit: r.unitName })}>
                      {t('tracker.read')}
                    </a>
                  ) : null}
                  {r.revision !== null ? (
                    <>
                      <button type="button" className="button button-small" onClick={() => onDecide(r, 'accepted')} aria-label={t('tracker.acceptUnit', { unit: r.unitName })}>
                        {t('tracker.accept')}
                      </button>
                      <button type="button" className="button button-small" onClick={() => onDecide(r, 'returned')} aria-label={t('tracker.returnUnit', { unit: r.unitName })}>
                        {t('tracker.return')}
                      </button>
                      {r.attachments && onAttachments ? (
                        <button type="button" className="button button-small" onClick={() => onAttachments(r)} aria-label={t('attach.receivedUnit', { unit: r.unitName })}>
                          {t('attach.received', { n: r.attachments })}
                        </button>
                      ) : null}
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
