// The fields of a unit that is not yet in the directory (since 2025 new commune and ward unions appear).
import type { Level, Unit } from '../../../shared/units/directory';
import type { Translate } from '../../i18n/i18n';
import { TextRow } from '../common/TextRow';
import { SOURCE_TEXT } from '../common/SourceText';

export type NewUnit = Unit;

export interface NewUnitFieldsProps {
  unit: NewUnit;
  levels: Level[];
  units: Unit[];
  errors: Record<string, string>;
  onChange(unit: NewUnit): void;
  t: Translate;
}

export function NewUnitFields({ unit, levels, units, errors, onChange, t }: NewUnitFieldsProps) {
  const set = (patch: Partial<NewUnit>) => onChange({ ...unit, ...patch });
  const req = t('form.required');
  return (
    <fieldset className="subform">
      <legend>{t('setup.newUnit')}</legend>
      <TextRow id="unit-code" label={t('unit.code')} help={t('unit.codeHelp')} value={unit.code} onChange={(v) => set({ code: v.toUpperCase() })} error={errors.code} required requiredLabel={req} />
      <TextRow id="unit-name" label={t('unit.name')} help={t('unit.nameHelp')} value={unit.name} onChange={(v) => set({ name: v })} error={errors.name} required requiredLabel={req} />
      <TextRow id="unit-short" label={t('unit.shortName')} help={t('unit.shortNameHelp')} value={unit.shortName} onChange={(v) => set({ shortName: v })} error={errors.shortName} required requiredLabel={req} />
      <div className="field">
        <label className="field-label" htmlFor="unit-level">
          {t('unit.level')}
        </label>
        <select id="unit-level" className="input" value={unit.levelId} onChange={(e) => set({ levelId: e.target.value })}>
          {levels.map((l) => (
            <option key={l.id} value={l.id} {...SOURCE_TEXT}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="unit-parent">
          {t('unit.parent')}
        </label>
        <select id="unit-parent" className="input" value={unit.parentCode ?? ''} onChange={(e) => set({ parentCode: e.target.value || null })}>
          <option value="">{t('unit.parentNone')}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code} {...SOURCE_TEXT}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <TextRow id="unit-place" label={t('unit.place')} value={unit.place} onChange={(v) => set({ place: v })} error={errors.place} required requiredLabel={req} />
    </fieldset>
  );
}
