// Restore from a file the user chooses (a move file or a backup brought from another computer): the
// bytes go to the services, which check the file before anything changes. Where there is data to lose,
// a confirmation names the file first.
import { useState } from 'react';
import type { PickedFile } from '../../platform/files';
import type { Translate } from '../../i18n/i18n';
import { FilePicker } from '../common/FilePicker';
import { formatSize } from '../common/format';

export interface RestoreFromFileProps {
  busy: boolean;
  /** False on a first run: there is nothing to replace, so nothing to confirm or keep. */
  confirm: boolean;
  /** Its own heading, inside a larger panel; left out where the panel says it all. */
  heading?: boolean;
  onRestore(file: PickedFile): void;
  t: Translate;
}

export function RestoreFromFile({ busy, confirm, heading = true, onRestore, t }: RestoreFromFileProps) {
  const [chosen, setChosen] = useState<PickedFile | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const restore = (file: PickedFile) => {
    setChosen(null);
    setPending(file.name);
    onRestore(file);
  };
  return (
    <div className="restore-from-file">
      {heading ? <h3>{t('backup.fromFile')}</h3> : null}
      <p className="field-help" id="restore-file-help">
        {t(confirm ? 'backup.fromFileHelp' : 'backup.fromFileHelpFirst')}
      </p>
      {busy && pending ? (
        <p className="muted" role="status">
          {t('backup.fromFileBusy', { name: pending })}
        </p>
      ) : null}
      {chosen ? (
        <p className="confirm">
          {t('backup.fromFileConfirm', { name: chosen.name, size: formatSize(chosen.size) })}{' '}
          <button type="button" className="button danger" disabled={busy} onClick={() => restore(chosen)}>
            {t('backup.restoreYes')}
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setChosen(null)}>
            {t('common.cancel')}
          </button>
        </p>
      ) : (
        <FilePicker
          id="restore-file"
          label={t('backup.fromFileChoose')}
          accept=".sqlite"
          describedBy="restore-file-help"
          disabled={busy}
          onFiles={([file]) => (file ? (confirm ? setChosen(file) : restore(file)) : undefined)}
        />
      )}
    </div>
  );
}
