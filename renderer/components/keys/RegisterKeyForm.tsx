// Registering another unit's public key: its .pub file (read in the window and sent as text), the unit
// it belongs to (from the file, changeable), and the fingerprint the unit read out over the phone.
import { useState, type FormEvent } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { KeyDecision } from '../../../shared/api/inbox-types';
import { unitHintOf } from '../../../shared/package/public-key-hint';
import type { Unit } from '../../../shared/units/directory';
import type { Translate } from '../../i18n/i18n';
import { errorText } from '../common/format';
import { FilePicker } from '../common/FilePicker';
import { SOURCE_TEXT } from '../common/SourceText';

export interface RegisterKeyFormProps {
  units: Unit[];
  onSubmit(input: InputOf<'registerKey'>): Promise<KeyDecision>;
  onDone(decision: KeyDecision): void;
  t: Translate;
}

const unitHint = (text: string): string => unitHintOf(text) ?? '';

export function RegisterKeyForm({ units, onSubmit, onDone, t }: RegisterKeyFormProps) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [unitCode, setUnitCode] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!file) {
      setError(t('keys.needFile'));
      return;
    }
    setBusy(true);
    try {
      const decision = await onSubmit({ publicKeyText: file.text, fingerprint, ...(unitCode ? { unitCode } : {}) });
      setFile(null);
      setFingerprint('');
      setUnitCode('');
      onDone(decision);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="register-key" onSubmit={(e) => void submit(e)} noValidate>
      <p className="field-help">{t('keys.registerHelp')}</p>
      <div className="field">
        <span className="field-label" id="pub-file-label">
          {t('keys.file')}
        </span>
        <div className="input-row">
          <FilePicker
            id="pub-file"
            label={t('keys.chooseFile')}
            accept=".pub"
            describedBy="pub-file-chosen"
            onFiles={(files) => {
              const f = files[0];
              if (!f) return;
              void f.readText().then((text) => {
                setFile({ name: f.name, text });
                setUnitCode(unitHint(text));
                setError(null);
              });
            }}
          />
          <span id="pub-file-chosen" className="muted" data-testid="pub-file-chosen">
            {file ? t('keys.fileChosen', { file: file.name }) : t('keys.noFile')}
          </span>
        </div>
      </div>
      <div className="field-pair">
        <div className="field">
          <label className="field-label" htmlFor="key-unit">
            {t('keys.unit')}
          </label>
          <select id="key-unit" className="input" value={unitCode} onChange={(e) => setUnitCode(e.target.value)}>
            <option value="">{t('keys.unitChoose')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code} {...SOURCE_TEXT}>
                {u.shortName} ({u.code})
              </option>
            ))}
          </select>
        </div>
        <div className={`field${error ? ' field-invalid' : ''}`}>
          <label className="field-label" htmlFor="key-fingerprint">
            {t('keys.fingerprint')}
          </label>
          <input
            id="key-fingerprint"
            className="input input-fingerprint mono"
            value={fingerprint}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`key-fingerprint-help${error ? ' key-register-error' : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setFingerprint(e.target.value)}
          />
          <p className="field-hint" id="key-fingerprint-help">
            {t('confirm.fingerprintHelp')}
          </p>
        </div>
      </div>
      {error ? (
        <p className="field-error" id="key-register-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('keys.submit')}
      </button>
    </form>
  );
}
