// The confirm/refuse dialogs of the inbox wired to its store, and the sentence said once a decision
// was taken; shared by the result lines and the list of held packages.
import { useState, type ReactNode } from 'react';
import type { KeyDecision } from '../../../shared/api/inbox-types';
import { useStores, useT } from '../../app/stores';
import { ConfirmKeyDialog, RefuseKeyDialog } from './KeyDecisionDialogs';
import type { KeyAction } from './ImportResults';

export type Pending = { kind: 'confirm' | 'refuse'; key: KeyAction } | null;

export function useKeyDecisions(): { pending: Pending; ask(p: Pending): void; done: string | null; dialogs: ReactNode } {
  const t = useT();
  const { inbox } = useStores();
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);
  const finish = (sentence: string) => (d: KeyDecision) => {
    setPending(null);
    const released = d.released.map((l) => l.message).join(' ');
    setDone(`${sentence}${released ? ` ${released}` : ''}`);
  };
  const dialogs =
    pending?.kind === 'confirm' ? (
      <ConfirmKeyDialog
        action={pending.key}
        onSubmit={(fp) => inbox.getState().confirmKey(pending.key, fp)}
        onDone={finish(t('confirm.done', { key: pending.key.keyId, unit: pending.key.unitCode }))}
        onClose={() => setPending(null)}
        t={t}
      />
    ) : pending?.kind === 'refuse' ? (
      <RefuseKeyDialog
        action={pending.key}
        onSubmit={() => inbox.getState().refuseKey(pending.key)}
        onDone={finish(t('refuse.done', { key: pending.key.fingerprint || pending.key.keyId }))}
        onClose={() => setPending(null)}
        t={t}
      />
    ) : null;
  return { pending, ask: setPending, done, dialogs };
}
