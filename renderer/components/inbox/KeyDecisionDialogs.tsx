// Confirming a key first seen on a package: the person phones the unit (on a number they already
// know), has the fingerprint read out, and types what they heard; the services compare it with the
// key. The fingerprint is deliberately not pre-filled. Refusing needs only a clear warning.
import type { KeyDecision } from '../../../shared/api/inbox-types';
import type { Translate } from '../../i18n/i18n';
import { DangerDialog } from '../common/DangerDialog';
import { QuestionDialog } from '../common/QuestionDialog';
import type { KeyAction } from './ImportResults';

export interface KeyDialogProps {
  action: KeyAction;
  onDone(decision: KeyDecision): void;
  onClose(): void;
  t: Translate;
}

export function ConfirmKeyDialog({ action, onSubmit, onDone, onClose, t }: KeyDialogProps & { onSubmit(fingerprint: string): Promise<KeyDecision> }) {
  return (
    <QuestionDialog
      title={t('confirm.title', { unit: action.unitCode })}
      intro={
        <>
          <p>{t('confirm.intro', { unit: action.unitCode })}</p>
          <p className="muted">{t('confirm.keyId', { key: action.keyId })}</p>
        </>
      }
      fieldId="confirm-fingerprint"
      label={t('confirm.fingerprint')}
      help={t('confirm.fingerprintHelp')}
      submitLabel={t('confirm.submit')}
      onSubmit={async (fingerprint) => onDone(await onSubmit(fingerprint))}
      onClose={onClose}
      t={t}
    />
  );
}

export function RefuseKeyDialog({ action, onSubmit, onDone, onClose, t }: KeyDialogProps & { onSubmit(): Promise<KeyDecision> }) {
  return (
    <DangerDialog
      title={t('refuse.title', { unit: action.unitCode })}
      intro={t('refuse.intro', { key: action.keyId, fingerprint: action.fingerprint })}
      submitLabel={t('refuse.submit')}
      onConfirm={async () => onDone(await onSubmit())}
      onClose={onClose}
      t={t}
    />
  );
}
