// Tracker (issue 6): every expected unit with its status, a chart of the statuses, filter and sort,
// accept or return with comments (a signed receipt file to send back), and the tracker as XLSX.
import { useEffect, useState } from 'react';
import type { TrackerRow, TrackerStatus } from '../../shared/api/inbox-types';
import { TRACKER_STATUSES } from '../../shared/inbox/tracker-labels';
import { useSession, useStores, useT, useTracker } from '../app/stores';
import { PageNotice, noticeOf, type Notice } from '../components/common/PageNotice';
import { PageTitle } from '../components/layout/PageTitle';
import { ReceiptDialog } from '../components/tracker/ReceiptDialog';
import { StatusChart } from '../components/tracker/StatusChart';
import { TrackerTable } from '../components/tracker/TrackerTable';
import { ReceivedAttachmentsDialog } from '../components/attachments/ReceivedAttachmentsDialog';
import { filterRows, sortRows, statusCounts, type Filter, type Sort, type SortKey } from '../components/tracker/tracker-view';

type Deciding = { row: TrackerRow; decision: 'accepted' | 'returned' } | null;

export function TrackerPage() {
  const t = useT();
  const { tracker, attachments } = useStores();
  const [attachmentsOf, setAttachmentsOf] = useState<{ row: TrackerRow; revision: number } | null>(null);
  const campaign = useSession((s) => s.campaign);
  const { rows, loaded, error } = useTracker((s) => s);
  const [filter, setFilter] = useState<Filter>({ status: 'all', query: '' });
  const [sort, setSort] = useState<Sort>({ key: 'status', dir: 'asc' });
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void tracker.getState().load();
  }, [tracker]);

  if (!campaign) return null;
  const shown = sortRows(filterRows(rows, filter), sort);
  const onSort = (key: SortKey) => setSort(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' });

  async function exportXlsx() {
    setNotice(null);
    setNotice(
      await noticeOf(async () => {
        const file = await tracker.getState().exportXlsx();
        return t('tracker.exported', { n: file.rows, path: file.path });
      }),
    );
  }

  return (
    <div className="tracker-page">
      <PageTitle>{t('tracker.title')}</PageTitle>
      <p className="lead">{t('tracker.intro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportXlsx()}>
          {t('tracker.exportXlsx')}
        </button>
      </div>
      <PageNotice notice={notice} error={error} testId="tracker-notice" />
      <section className="panel" aria-labelledby="status-chart-caption">
        <StatusChart counts={statusCounts(rows)} active={filter.status} onPick={(status) => setFilter({ ...filter, status })} t={t} />
      </section>
      <section className="panel" aria-labelledby="h-units">
        <h2 id="h-units">{t('tracker.units.title')}</h2>
        <div className="filters">
          <div className="field">
            <label className="field-label" htmlFor="tracker-status">
              {t('tracker.filterStatus')}
            </label>
            <select
              id="tracker-status"
              className="input"
              value={filter.status}
              onChange={(e) => setFilter({ ...filter, status: e.target.value as TrackerStatus | 'all' })}
            >
              <option value="all">{t('tracker.filterAll')}</option>
              {TRACKER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor="tracker-search">
              {t('tracker.search')}
            </label>
            <input id="tracker-search" className="input" type="search" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
          </div>
          <p className="muted filters-count" role="status" data-testid="tracker-shown">
            {t('tracker.shown', { n: shown.length, total: rows.length })}
          </p>
        </div>
        {!loaded ? (
          <p className="muted">{t('app.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="muted">{t('tracker.noUnits')}</p>
        ) : shown.length === 0 ? (
          <p className="muted">{t('tracker.empty')}</p>
        ) : (
          <TrackerTable
            rows={shown}
            sort={sort}
            onSort={onSort}
            onDecide={(row, decision) => setDeciding({ row, decision })}
            onAttachments={(row) => (row.revision ? setAttachmentsOf({ row, revision: row.revision }) : undefined)}
            t={t}
          />
        )}
      </section>
      {attachmentsOf ? (
        <ReceivedAttachmentsDialog
          unitName={attachmentsOf.row.unitName}
          revision={attachmentsOf.revision}
          list={() => attachments.getState().listReceived(attachmentsOf.row.unitCode, attachmentsOf.revision)}
          read={(name) => attachments.getState().readReceived(attachmentsOf.row.unitCode, attachmentsOf.revision, name)}
          save={(name) => attachments.getState().saveReceived(attachmentsOf.row.unitCode, attachmentsOf.revision, name)}
          onClose={() => setAttachmentsOf(null)}
          t={t}
        />
      ) : null}
      {deciding ? (
        <ReceiptDialog
          row={deciding.row}
          decision={deciding.decision}
          template={campaign.template}
          onSubmit={(input) => tracker.getState().issueReceipt(input)}
          onDone={(issued) => {
            setDeciding(null);
            setNotice({
              tone: 'ok',
              text: t('receiptDialog.done', { decision: t(`decision.${issued.decision}`), unit: deciding.row.unitName, path: issued.path }),
            });
          }}
          onClose={() => setDeciding(null)}
          t={t}
        />
      ) : null}
    </div>
  );
}
