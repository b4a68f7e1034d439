// Keys: this unit's own fingerprint and its public key file to hand over; the registry of the other
// units' keys (the units below at a province, the level above everywhere); register from a .pub file
// after the fingerprint was read over the phone; revoke.
import { useEffect, useState } from 'react';
import type { AnnouncedKey, KeyInfo } from '../../shared/api/inbox-types';
import { useKeys, useSession, useStores, useT } from '../app/stores';
import { PageNotice, noticeOf, type Notice } from '../components/common/PageNotice';
import { DangerDialog } from '../components/common/DangerDialog';
import { QuestionDialog } from '../components/common/QuestionDialog';
import { AnnouncedKeys } from '../components/keys/AnnouncedKeys';
import { KeyTable } from '../components/keys/KeyTable';
import { RegisterKeyForm } from '../components/keys/RegisterKeyForm';
import { PageTitle } from '../components/layout/PageTitle';

function RevokeDialog({ target, name, onClose, onDone }: { target: KeyInfo; name: string; onClose(): void; onDone(text: string): void }) {
  const t = useT();
  const { keys } = useStores();
  return (
    <DangerDialog
      title={t('keys.revokeTitle', { unit: name })}
      intro={t('keys.revokeIntro', { key: target.keyId, fingerprint: target.fingerprint })}
      submitLabel={t('keys.revokeSubmit')}
      onConfirm={async () => {
        const k = await keys.getState().revoke(target.keyId);
        onDone(t('keys.revoked', { key: k.keyId, unit: name }));
      }}
      onClose={onClose}
      t={t}
    />
  );
}

export function KeysPage() {
  const t = useT();
  const { keys: store, session } = useStores();
  const { keys, announced, loaded, error } = useKeys((s) => s);
  const profile = useSession((s) => s.profile);
  const units = useSession((s) => s.units);
  const [revoking, setRevoking] = useState<KeyInfo | null>(null);
  const [confirming, setConfirming] = useState<AnnouncedKey | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void store.getState().load();
    if (session.getState().units.length === 0) void session.getState().loadDirectory();
  }, [store, session]);

  if (!profile) return null;
  const own = keys.find((k) => k.own && k.status === 'active') ?? null;
  const others = units.filter((u) => u.code !== profile.unit.code);
  const nameOf = (code: string) => units.find((u) => u.code === code)?.shortName ?? code;

  async function exportPub() {
    setNotice(null);
    setNotice(
      await noticeOf(async () => {
        const f = await store.getState().exportPublicKey();
        return t('keys.exported', { file: f.fileName, path: f.path, fingerprint: f.fingerprint });
      }),
    );
  }

  return (
    <div className="keys-page">
      <PageTitle>{t('keys.title')}</PageTitle>
      <p className="lead">{t('keys.intro')}</p>
      <PageNotice notice={notice} error={error} testId="keys-notice" />
      <div className="keys-grid">
        <section className="panel" aria-labelledby="h-own-key">
          <h2 id="h-own-key">{t('keys.own')}</h2>
          {own ? (
            <p className="fingerprint-big mono" data-testid="own-fingerprint">
              {own.fingerprint}
            </p>
          ) : (
            <p className="muted">{loaded ? t('keys.ownNone') : t('app.loading')}</p>
          )}
          <p className="field-help">{t('keys.ownHelp')}</p>
          <button type="button" className="button" onClick={() => void exportPub()}>
            {t('keys.exportPub')}
          </button>
        </section>
        <section className="panel" aria-labelledby="h-register">
          <h2 id="h-register">{t('keys.register')}</h2>
          <RegisterKeyForm
            units={others}
            onSubmit={(input) => store.getState().register(input)}
            onDone={(d) =>
              setNotice({
                tone: 'ok',
                text: `${t('keys.registered', { key: d.key?.keyId ?? '', unit: nameOf(d.key?.unitCode ?? '') })}${d.released.length ? ` ${t('keys.released', { n: d.released.length })}` : ''}`,
              })
            }
            t={t}
          />
        </section>
      </div>
      {announced.length ? <AnnouncedKeys announced={announced} unitName={nameOf} onConfirm={setConfirming} t={t} /> : null}
      <section className="panel" aria-labelledby="h-key-list">
        <h2 id="h-key-list">{t('keys.list', { n: keys.length })}</h2>
        <KeyTable keys={keys} unitName={nameOf} onRevoke={setRevoking} t={t} />
      </section>
      {confirming ? (
        <QuestionDialog
          title={t('confirm.title', { unit: confirming.unitCode })}
          intro={
            <>
              <p>{t('announced.confirmIntro', { unit: nameOf(confirming.unitCode), revision: confirming.revision })}</p>
              <p className="muted">{t('confirm.keyId', { key: confirming.keyId })}</p>
            </>
          }
          fieldId="announced-fingerprint"
          label={t('confirm.fingerprint')}
          help={t('confirm.fingerprintHelp')}
          submitLabel={t('confirm.submit')}
          onSubmit={async (fp) => {
            const d = await store.getState().confirmAnnounced(confirming.keyId, fp);
            setConfirming(null);
            setNotice({ tone: 'ok', text: t('announced.confirmed', { key: d.key?.keyId ?? '', unit: nameOf(confirming.unitCode) }) });
          }}
          onClose={() => setConfirming(null)}
          t={t}
        />
      ) : null}
      {revoking ? (
        <RevokeDialog
          target={revoking}
          name={nameOf(revoking.unitCode)}
          onClose={() => setRevoking(null)}
          onDone={(text) => {
            setRevoking(null);
            setNotice({ tone: 'ok', text });
          }}
        />
      ) : null}
    </div>
  );
}
