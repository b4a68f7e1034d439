// "Move to a new computer": a move file with all the data and the signing key under a passphrase the
// user types twice. Checked here for the two obvious slips (too short, not the same); the services
// check the length again.
import { useState, type FormEvent } from 'react';
import type { MoveBackupInfo } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';
import { TextRow } from '../common/TextRow';
import { formatSize } from '../common/format';
import { ErrorLine } from '../common/ErrorLine';

const MIN_PASSPHRASE = 8;

export interface MovePanelProps {
  /** The key can sign here: only then can it be moved. */
  ready: boolean;
  busy: boolean;
  error: string | null;
  moved: MoveBackupInfo | null;
  onCreate(passphrase: string): void;
  t: Translate;
}

export function MovePanel({ ready, busy, error, moved, onCreate, t }: MovePanelProps) {
  const [first, setFirst] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<{ first?: string; again?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (first.length < MIN_PASSPHRASE) return setProblem({ first: t('move.tooShort') });
    if (first !== again) return setProblem({ again: t('move.mismatch') });
    setProblem({});
    onCreate(first);
    setFirst('');
    setAgain('');
  };
  return (
    <section className="panel" aria-labelledby="h-move" data-testid="move-panel">
      <h2 id="h-move">{t('move.title')}</h2>
      <p className="field-help">{t('move.help')}</p>
      {ready ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextRow id="move-passphrase" type="password" label={t('move.passphrase')} help={t('move.passphraseHelp')} value={first} onChange={setFirst} error={problem.first} autoComplete="new-password" />
          <TextRow id="move-passphrase-again" type="password" label={t('move.passphraseAgain')} value={again} onChange={setAgain} error={problem.again} autoComplete="new-password" />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('move.create')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('move.notReady')}</p>
      )}
      <div role="status" aria-live="polite">
        {moved ? <p className="note">{t('move.made', { name: moved.name, size: formatSize(moved.size), file: moved.file, fingerprint: moved.fingerprint })}</p> : null}
      </div>
      <ErrorLine error={error} />
    </section>
  );
}
