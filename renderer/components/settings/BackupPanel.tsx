// Backups of all the data (report, history, received packages, and the signing key, encrypted): make
// one now, restore one of those kept in the data folder, or one from a chosen file, after a confirmation.
import { useState } from 'react';
import type { BackupInfo, RestoreInfo } from '../../../shared/api/contract';
import { formatDateTime, formatNumber } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import type { PickedFile } from '../../platform/files';
import { RestoreFromFile } from './RestoreFromFile';
import { ErrorLine } from '../common/ErrorLine';

export interface BackupPanelProps {
  list: BackupInfo[];
  busy: boolean;
  error: string | null;
  made: BackupInfo | null;
  restored: RestoreInfo | null;
  /** Null over a damaged database: nothing can be backed up, only restored. */
  onBackup: (() => void) | null;
  onRestore(name: string): void;
  onRestoreFile(file: PickedFile): void;
  t: Translate;
}

const kb = (bytes: number): string => `${formatNumber(Math.ceil(bytes / 1024))} KB`;

const KIND_LABELS: Record<string, MessageKey> = {
  'hang-ngay': 'backup.kind.hang-ngay',
  'truoc-nang-cap': 'backup.kind.truoc-nang-cap',
  'truoc-khoi-phuc': 'backup.kind.truoc-khoi-phuc',
  'thu-cong': 'backup.kind.thu-cong',
  hong: 'backup.kind.hong',
  'tu-tep': 'backup.kind.tu-tep',
};
/** The kind of backup, told by the end of its file name. */
const kindLabel = (name: string): MessageKey | null => KIND_LABELS[/-([a-z-]+)\.sqlite$/.exec(name)?.[1]?.replace(/^\d+-/, '') ?? ''] ?? null;

export function BackupPanel({ list, busy, error, made, restored, onBackup, onRestore, onRestoreFile, t }: BackupPanelProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="h-backup" data-testid="backup-panel">
      <h2 id="h-backup">{t('backup.title')}</h2>
      <p className="field-help">{t('backup.help')}</p>
      {onBackup ? (
        <button type="button" className="button" onClick={onBackup} disabled={busy}>
          {t('backup.now')}
        </button>
      ) : null}
      <div role="status" aria-live="polite">
        {made ? <p className="note">{t('backup.made', { name: made.name, size: kb(made.size) })}</p> : null}
        {restored ? <p className="note">{t('backup.restored', { name: restored.restoredFrom.split(/[\\/]/).pop() ?? '' })}</p> : null}
      </div>
      <ErrorLine error={error} />
      <RestoreFromFile busy={busy} confirm onRestore={onRestoreFile} t={t} />
      <h3>{t('backup.list')}</h3>
      {list.length === 0 ? (
        <p>{t('backup.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('backup.when')}</th>
              <th scope="col">{t('backup.kind')}</th>
              <th scope="col">{t('backup.file')}</th>
              <th scope="col">{t('backup.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backup.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.name}>
                <td>{formatDateTime(new Date(b.createdAt))}</td>
                <td>{kindLabel(b.name) ? t(kindLabel(b.name) as MessageKey) : ''}</td>
                <td>{b.name}</td>
                <td className="num">{kb(b.size)}</td>
                <td>
                  {confirming === b.name ? (
                    <span className="confirm">
                      {t('backup.confirm')}{' '}
                      <button type="button" className="button danger" disabled={busy} onClick={() => (setConfirming(null), onRestore(b.name))}>
                        {t('backup.restoreYes')}
                      </button>{' '}
                      <button type="button" className="button secondary" onClick={() => setConfirming(null)}>
                        {t('common.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button secondary" disabled={busy} onClick={() => setConfirming(b.name)} aria-label={t('backup.restoreLabel', { name: b.name })}>
                      {t('backup.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
