// Shown instead of the app when the database failed its check at start: the services wrote nothing to
// it, and the way back is to restore one of the backups kept in the data folder.
import { useEffect } from 'react';
import { useBackups, useSession, useStores, useT } from '../../app/stores';
import { BackupPanel } from './BackupPanel';

export function RecoveryScreen({ message }: { message: string }) {
  const t = useT();
  const { backups, session } = useStores();
  const backup = useBackups((s) => s);
  const status = useSession((s) => s.status);
  useEffect(() => {
    void backups.getState().load();
  }, [backups]);
  // Once a backup is restored the services open normally: load the app again.
  useEffect(() => {
    if (backup.restored && status === 'error') void session.getState().load();
  }, [backup.restored, status, session]);
  return (
    <main id="main" className="main main-narrow">
      <h1 className="page-title">{t('recovery.title')}</h1>
      <p className="alert alert-error">{message}</p>
      <p>{t('recovery.help')}</p>
      <BackupPanel
        list={backup.list}
        busy={backup.busy}
        error={backup.error}
        made={null}
        restored={backup.restored}
        onBackup={null}
        onRestore={(name) => void backups.getState().restore(name)}
        onRestoreFile={(file) => void backups.getState().restoreFile(file)}
        t={t}
      />
    </main>
  );
}
