// What the province knows of a received revision besides its text: who signed it with which key, when
// it was received and how that time was established, the unit's reason, and its signed files.
import type { PackageFile, ReceivedRevision } from '../../../shared/api/review-types';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';

const STATE_TONE = { current: 'ok', superseded: 'empty', conflict: 'error' } as const;

export function PackageFacts({ r, t }: { r: ReceivedRevision; t: Translate }) {
  return (
    <dl className="read-facts" data-testid="received-facts">
      <dt>{t('read.unit')}</dt>
      <dd>{r.unit.name}</dd>
      <dt>{t('read.revision')}</dt>
      <dd>
        {r.revision}{' '}
        <span className={`badge badge-${STATE_TONE[r.state]}`} data-testid="revision-state">
          {t(`read.state.${r.state}`)}
        </span>
      </dd>
      <dt>{t('read.signer')}</dt>
      <dd data-testid="received-signer">{`${r.signer.title} ${r.signer.name}`.trim() || '—'}</dd>
      <dt>{t('read.fingerprint')}</dt>
      <dd className="mono" data-testid="received-fingerprint">
        {r.fingerprint}
      </dd>
      <dt>{t('read.created')}</dt>
      <dd>{formatDateTime(new Date(r.createdAt))}</dd>
      <dt>{t('read.received')}</dt>
      <dd>
        <span data-testid="received-at">{formatDateTime(new Date(r.receivedAt))}</span>
        <span className="cell-note" data-testid="received-basis">
          {' '}
          ({t(r.receivedBasis ? `tracker.basis.${r.receivedBasis}` : 'tracker.basis.unknown')})
        </span>
        {r.createdAfterReceived ? <span className="badge badge-warn">{t('tracker.createdAfterReceived')}</span> : null}
      </dd>
      {r.reason ? (
        <>
          <dt>{t('read.reason')}</dt>
          <dd className="pre-line" data-testid="received-reason">
            {r.reason}
          </dd>
        </>
      ) : null}
      {r.review ? (
        <>
          <dt>{t('read.decision')}</dt>
          <dd data-testid="received-decision">
            {t(`status.${r.review.decision}`)} · {formatDateTime(new Date(r.review.decidedAt))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export interface FileListProps {
  files: PackageFile[];
  empty: string;
  onSave(path: string): void;
  busy: boolean;
  testId: string;
  t: Translate;
}

/** The package's signed files, each saved where the host chooses (the page never names a path). */
export function FileList({ files, empty, onSave, busy, testId, t }: FileListProps) {
  if (files.length === 0) return <p className="muted" data-testid={testId}>{empty}</p>;
  return (
    <ul className="file-list" data-testid={testId}>
      {files.map((f) => (
        <li key={f.path}>
          <span className="mono">{f.fileName}</span> <span className="muted">({t('read.size', { kb: Math.max(1, Math.round(f.size / 1024)) })})</span>{' '}
          <button type="button" className="button button-small" disabled={busy} onClick={() => onSave(f.path)} aria-label={t('read.saveFile', { name: f.fileName })}>
            {t('read.save')}
          </button>
        </li>
      ))}
    </ul>
  );
}
