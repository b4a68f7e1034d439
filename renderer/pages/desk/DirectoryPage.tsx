// The unit directory after July 2025 (SPEC §9): add, rename and retire units (codes never change; a
// retired unit keeps its reports), and the directory as a workbook, both ways.
import { useEffect, useState } from 'react';
import type { DirectoryEntry } from '../../../shared/api/desk-types';
import { useDesk, useSession, useStores, useT } from '../../app/stores';
import { FilePicker } from '../../components/common/FilePicker';
import { PageTitle } from '../../components/layout/PageTitle';
import type { Translate } from '../../i18n/i18n';

function RenameRow({ unit, busy, onRename, onRetire, own, t }: { unit: DirectoryEntry; busy: boolean; own: boolean; onRename(name: string, shortName: string): void; onRetire(): void; t: Translate }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName);
  return (
    <tr data-unit={unit.code} className={unit.retiredAt ? 'unit-retired' : undefined}>
      <td>
        <code>{unit.code}</code>
      </td>
      <td>
        {editing ? (
          <>
            <label className="visually-hidden" htmlFor={`name-${unit.code}`}>{t('directory.name')}</label>
            <input id={`name-${unit.code}`} className="input" value={name} onChange={(e) => setName(e.target.value)} />
            <label className="visually-hidden" htmlFor={`short-${unit.code}`}>{t('directory.shortName')}</label>
            <input id={`short-${unit.code}`} className="input" value={shortName} onChange={(e) => setShortName(e.target.value)} />
          </>
        ) : (
          <>
            {unit.name}
            <br />
            <span className="muted">{unit.shortName}</span>
          </>
        )}
      </td>
      <td>{unit.parentCode ?? '—'}</td>
      <td>{unit.retiredAt ? <span className="badge badge-warn">{t('directory.retired')}</span> : t('directory.inService')}</td>
      <td>
        {editing ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => {
              onRename(name, shortName);
              setEditing(false);
            }}
          >
            {t('directory.saveName')}
          </button>
        ) : (
          <button type="button" className="button secondary" disabled={busy} onClick={() => setEditing(true)}>
            {t('directory.rename')}
          </button>
        )}{' '}
        {unit.retiredAt || own ? null : (
          <button type="button" className="button danger" disabled={busy} onClick={onRetire}>
            {t('directory.retire')}
          </button>
        )}
      </td>
    </tr>
  );
}

function AddUnit({ parent, busy, onAdd, t }: { parent: string; busy: boolean; onAdd(u: { code: string; name: string; shortName: string; place: string }): void; t: Translate }) {
  const [u, setU] = useState({ code: '', name: '', shortName: '', place: '' });
  return (
    <form
      className="form panel"
      aria-labelledby="directory-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(u);
      }}
    >
      <h2 id="directory-add-title">{t('directory.add.title', { parent })}</h2>
      {(['code', 'name', 'shortName', 'place'] as const).map((k) => (
        <div className="field" key={k}>
          <label className="field-label" htmlFor={`directory-add-${k}`}>
            {t(`directory.${k}`)}
          </label>
          <input id={`directory-add-${k}`} className="input" value={u[k]} onChange={(e) => setU({ ...u, [k]: e.target.value })} />
        </div>
      ))}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('directory.add.button')}
      </button>
    </form>
  );
}

export function DirectoryPage() {
  const t = useT();
  const { desk } = useStores();
  const directory = useDesk((s) => s.directory);
  const changes = useDesk((s) => s.changes);
  const written = useDesk((s) => s.written);
  const busy = useDesk((s) => s.busy);
  const error = useDesk((s) => s.error);
  const own = useSession((s) => s.profile?.unit);
  const levels = useDesk((s) => s.levels);
  // A new unit sits one level below this one (after 2025: communes, wards and sector unions under a province).
  const ownRank = levels.find((l) => l.id === own?.levelId)?.rank ?? 0;
  const below = levels.filter((l) => l.rank > ownRank).sort((a, b) => a.rank - b.rank)[0]?.id ?? 'cd-cap-tren';
  useEffect(() => {
    void desk.getState().loadDirectory();
  }, [desk]);
  return (
    <div className="directory">
      <PageTitle>{t('directory.title')}</PageTitle>
      <p className="field-help">{t('directory.help')}</p>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {changes.length ? (
        <ul className="alert alert-ok" role="status">
          {changes.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : null}
      <section className="panel" aria-labelledby="directory-workbook-title">
        <h2 id="directory-workbook-title">{t('directory.workbook')}</h2>
        <button type="button" className="button" disabled={busy} onClick={() => void desk.getState().exportDirectory()}>
          {t('directory.export')}
        </button>{' '}
        <FilePicker id="directory-import" label={t('directory.import')} accept=".xlsx" disabled={busy} onFiles={([f]) => f && void desk.getState().importDirectory(f)} />
        {written ? <p className="note">{t('desk.workbook.written', { file: written.file })}</p> : null}
      </section>
      <table className="data-table directory-table">
        <caption className="visually-hidden">{t('directory.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.code')}</th>
            <th scope="col">{t('directory.name')}</th>
            <th scope="col">{t('directory.parent')}</th>
            <th scope="col">{t('directory.state')}</th>
            <th scope="col">{t('directory.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {directory.map((u) => (
            <RenameRow
              key={`${u.code}-${u.name}-${u.shortName}`}
              unit={u}
              busy={busy}
              own={u.code === own?.code}
              onRename={(name, shortName) => void desk.getState().rename(u.code, name, shortName)}
              onRetire={() => void desk.getState().retire(u.code)}
              t={t}
            />
          ))}
        </tbody>
      </table>
      {own ? (
        <AddUnit
          parent={own.shortName}
          busy={busy}
          onAdd={(u) => void desk.getState().addUnit({ ...u, levelId: below, parentCode: own.code })}
          t={t}
        />
      ) : null}
    </div>
  );
}
