// The revisions this unit has sent, oldest first, with the reason of each change.
import type { ExportRecord } from '../../../shared/api/contract';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { formatSize } from '../common/format';

export function ExportHistory({ history, t }: { history: ExportRecord[]; t: Translate }) {
  if (history.length === 0) return <p className="muted">{t('export.historyEmpty')}</p>;
  return (
    <div className="table-scroll">
      <table className="grid data-table" data-testid="export-history">
        <thead>
          <tr>
            <th scope="col">{t('export.col.revision')}</th>
            <th scope="col">{t('export.col.file')}</th>
            <th scope="col">{t('export.col.size')}</th>
            <th scope="col">{t('export.col.at')}</th>
            <th scope="col">{t('export.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={h.revision}>
              <td className="num">{h.revision}</td>
              <td className="mono">{h.fileName}</td>
              <td className="num">{formatSize(h.size)}</td>
              <td>{formatDateTime(new Date(h.createdAt))}</td>
              <td>{h.reason ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
