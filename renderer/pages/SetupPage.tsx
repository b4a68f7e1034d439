// First run (and later edits): the reporting unit, chosen from the directory or added; the signer's
// name, title and authority line; the document number; the place name of the date line. On a first
// run, the way in for a unit moving from another computer: restore the file it brought.
import { useEffect, useState, type FormEvent } from 'react';
import type { InputOf } from '../../shared/api/contract';
import { useBackups, useSession, useStores, useT } from '../app/stores';
import { PageTitle } from '../components/layout/PageTitle';
import { RestoreFromFile } from '../components/settings/RestoreFromFile';
import { problemsByField } from '../components/setup/form-errors';
import { NewUnitFields, type NewUnit } from '../components/setup/NewUnitFields';
import { TextRow } from '../components/common/TextRow';
import { ErrorLine } from '../components/common/ErrorLine';
import { CampaignStartPanel } from './CampaignsPanel';
import { rich, SOURCE_TEXT } from '../components/common/SourceText';

const PROFILE_FIELDS = ['unitCode', 'signerName', 'signerTitle', 'authorityLine', 'documentNumber', 'documentSymbol', 'place'] as const;
const UNIT_FIELDS = ['code', 'name', 'shortName', 'levelId', 'parentCode', 'place'] as const;

type ProfileForm = Required<Omit<InputOf<'saveProfile'>, 'place'>> & { place: string };

export function SetupPage({ firstRun }: { firstRun: boolean }) {
  const t = useT();
  const { session } = useStores();
  const profile = useSession((s) => s.profile);
  const units = useSession((s) => s.units);
  const levels = useSession((s) => s.levels);
  const [mode, setMode] = useState<'pick' | 'new'>('pick');
  const [form, setForm] = useState<ProfileForm>(() => ({
    unitCode: profile?.unit.code ?? '',
    signerName: profile?.signerName ?? '',
    signerTitle: profile?.signerTitle ?? 'CHỦ TỊCH',
    authorityLine: profile?.authorityLine ?? 'TM. BAN THƯỜNG VỤ',
    documentNumber: profile?.documentNumber ?? '',
    documentSymbol: profile?.documentSymbol ?? 'BC-LĐLĐ',
    place: profile?.place ?? '',
  }));
  const [unit, setUnit] = useState<NewUnit>({ code: '', name: '', shortName: '', levelId: 'cd-cap-tren', parentCode: 'LDLD-LAICHAU', place: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [unitErrors, setUnitErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (units.length === 0) void session.getState().loadDirectory();
  }, [session, units.length]);

  const set = (patch: Partial<ProfileForm>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const chosen = units.find((u) => u.code === form.unitCode);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setUnitErrors({});
    setGeneral(null);
    setSaved(false);
    if (mode === 'pick' && !form.unitCode) {
      setErrors({ unitCode: t('setup.needUnit') });
      document.getElementById('setup-unit')?.focus();
      return;
    }
    setBusy(true);
    let unitCode = form.unitCode;
    try {
      if (mode === 'new') {
        try {
          unitCode = (await session.getState().addUnit(unit)).code;
        } catch (err) {
          const p = problemsByField(err, UNIT_FIELDS);
          setUnitErrors(p.byField);
          setGeneral(p.general ?? t('form.errorSummary'));
          return;
        }
        setMode('pick');
        setForm({ ...form, unitCode });
      }
      const { place, ...rest } = { ...form, unitCode };
      await session.getState().saveProfile({ ...rest, ...(place.trim() ? { place } : {}) });
      setSaved(true);
      if (firstRun) window.location.hash = '#/home';
    } catch (err) {
      const p = problemsByField(err, PROFILE_FIELDS);
      setErrors(p.byField);
      setGeneral(p.general ?? t('form.errorSummary'));
    } finally {
      setBusy(false);
    }
  }

  const req = t('form.required');
  const byLevel = levels.map((l) => ({ level: l, units: units.filter((u) => u.levelId === l.id) })).filter((g) => g.units.length > 0);

  return (
    <div className={firstRun ? 'setup setup-first' : 'setup'}>
      <PageTitle>{firstRun ? t('setup.title') : t('setup.editTitle')}</PageTitle>
      <p className="lead">{t('setup.intro')}</p>
      {firstRun ? <MoveHere /> : null}
      {firstRun ? <CampaignStartPanel /> : null}
      <form onSubmit={(e) => void submit(e)} noValidate className="form">
        {general ? (
          <div className="alert alert-error" role="alert">
            {general}
          </div>
        ) : null}
        <fieldset>
          <legend>{t('setup.unitLegend')}</legend>
          {mode === 'pick' ? (
            <div className={`field${errors.unitCode ? ' field-invalid' : ''}`}>
              <label className="field-label" htmlFor="setup-unit">
                {t('setup.unit')} <span className="field-required">{req}</span>
              </label>
              <select
                id="setup-unit"
                className="input"
                value={form.unitCode}
                required
                aria-describedby={errors.unitCode ? 'setup-unit-error' : undefined}
                aria-invalid={errors.unitCode ? true : undefined}
                onChange={(e) => set({ unitCode: e.target.value })}
              >
                <option value="">{t('setup.unitChoose')}</option>
                {byLevel.map((g) => (
                  <optgroup key={g.level.id} label={g.level.name}>
                    {g.units.map((u) => (
                      <option key={u.code} value={u.code} {...SOURCE_TEXT}>
                        {u.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              {errors.unitCode ? (
                <p className="field-error" id="setup-unit-error">
                  {errors.unitCode}
                </p>
              ) : null}
            </div>
          ) : (
            <NewUnitFields unit={unit} levels={levels} units={units} errors={unitErrors} onChange={setUnit} t={t} />
          )}
          {firstRun || mode === 'new' ? (
            <button type="button" className="button button-link" onClick={() => setMode(mode === 'pick' ? 'new' : 'pick')}>
              {mode === 'pick' ? t('setup.unitAdd') : t('setup.unitPick')}
            </button>
          ) : null}
        </fieldset>
        <fieldset>
          <legend>{t('setup.signerLegend')}</legend>
          <TextRow id="setup-signer" label={t('setup.signerName')} help={t('setup.signerNameHelp')} value={form.signerName} onChange={(v) => set({ signerName: v })} error={errors.signerName} autoComplete="name" />
          <TextRow id="setup-title" label={t('setup.signerTitle')} value={form.signerTitle} onChange={(v) => set({ signerTitle: v })} error={errors.signerTitle} />
          <TextRow id="setup-authority" label={t('setup.authority')} help={rich(t, 'setup.authorityHelp', { example: 'TM. BAN THƯỜNG VỤ' }, ['example'])} value={form.authorityLine} onChange={(v) => set({ authorityLine: v })} error={errors.authorityLine} />
        </fieldset>
        <fieldset>
          <legend>{t('setup.documentLegend')}</legend>
          <div className="field-pair">
            <TextRow id="setup-number" label={t('setup.documentNumber')} help={t('setup.documentNumberHelp')} value={form.documentNumber} onChange={(v) => set({ documentNumber: v })} error={errors.documentNumber} />
            <TextRow id="setup-symbol" label={t('setup.documentSymbol')} value={form.documentSymbol} onChange={(v) => set({ documentSymbol: v })} error={errors.documentSymbol} />
          </div>
          <TextRow
            id="setup-place"
            label={t('setup.place')}
            help={rich(t, 'setup.placeHelp', { place: 'Tam Đường', printed: 'Tam Đường, ngày … tháng … năm …' }, ['place', 'printed'])}
            value={form.place}
            onChange={(v) => set({ place: v })}
            error={errors.place}
          />
          {chosen && !form.place.trim() ? <p className="field-hint">→ {chosen.place}</p> : null}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('setup.saving') : firstRun ? t('setup.submit') : t('setup.save')}
          </button>
          {saved ? (
            <p className="alert alert-ok" role="status">
              {t('setup.saved')}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}

/** A unit that already used TongKet elsewhere restores what it brought instead of starting over. */
function MoveHere() {
  const t = useT();
  const { backups } = useStores();
  const busy = useBackups((s) => s.busy);
  const error = useBackups((s) => s.error);
  return (
    <section className="panel" aria-labelledby="h-move-here" data-testid="move-here">
      <h2 id="h-move-here">{t('firstRun.moveTitle')}</h2>
      <p>{t('firstRun.moveHelp')}</p>
      <RestoreFromFile busy={busy} confirm={false} heading={false} onRestore={(file) => void backups.getState().restoreFile(file)} t={t} />
      <ErrorLine error={error} />
    </section>
  );
}
