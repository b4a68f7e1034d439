// First run of a brand-new unit from the campaign file it received (SPEC §9): choose the file, pick
// the unit among the campaign's expected units, type the issuer's fingerprint read over the phone.
import { useState, type FormEvent } from 'react';
import type { CampaignFilePreview } from '../../../shared/api/campaign-types';
import type { Translate } from '../../i18n/i18n';
import type { PickedFile } from '../../platform/files';
import { FilePicker } from '../common/FilePicker';
import { SOURCE_TEXT } from '../common/SourceText';

export interface CampaignStartProps {
  preview: CampaignFilePreview | null;
  busy: boolean;
  error: string | null;
  onFile(file: PickedFile): void;
  onSetup(unitCode: string, fingerprint: string, signerName: string): void;
  t: Translate;
}

export function CampaignStart({ preview, busy, error, onFile, onSetup, t }: CampaignStartProps) {
  const [unit, setUnit] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [signer, setSigner] = useState('');
  const [needUnit, setNeedUnit] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!unit) {
      setNeedUnit(true);
      return;
    }
    onSetup(unit, fingerprint, signer);
  };
  return (
    <section aria-labelledby="h-campaign-start" className="panel" data-testid="campaign-start">
      <h2 id="h-campaign-start">{t('campaignStart.title')}</h2>
      <p>{t('campaignStart.help')}</p>
      <FilePicker id="campaign-file" label={t('campaignStart.choose')} accept=".tongket-campaign" disabled={busy} onFiles={(files) => files[0] && onFile(files[0])} />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <form onSubmit={submit} noValidate>
          <p>
            <strong>{preview.title}</strong> ({preview.campaignId}, v{preview.templateVersion})
          </p>
          <p>{t('campaignStart.issuer', { name: preview.issuer.name, code: preview.issuer.code })}</p>
          <label htmlFor="campaign-unit">{t('campaignStart.unit')}</label>
          <select id="campaign-unit" value={unit} aria-invalid={needUnit || undefined} onChange={(e) => (setUnit(e.target.value), setNeedUnit(false))}>
            <option value="">{t('campaignStart.pickUnit')}</option>
            {preview.units.map((u) => (
              <option key={u.code} value={u.code} {...SOURCE_TEXT}>
                {u.name}
              </option>
            ))}
          </select>
          {needUnit ? <p className="field-error">{t('campaignStart.needUnit')}</p> : null}
          <label htmlFor="campaign-signer">{t('campaignStart.signer')}</label>
          <input id="campaign-signer" value={signer} onChange={(e) => setSigner(e.target.value)} />
          <label htmlFor="campaign-fingerprint">{t('campaignStart.fingerprint')}</label>
          <input id="campaign-fingerprint" value={fingerprint} aria-describedby="campaign-fingerprint-help" autoComplete="off" onChange={(e) => setFingerprint(e.target.value)} />
          <p id="campaign-fingerprint-help" className="muted">
            {t('campaignStart.fingerprintHelp')}
          </p>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('campaignStart.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
