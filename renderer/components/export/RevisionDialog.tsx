// Editing a report that was already sent starts its next revision, and the reason travels with it to
// the level above; so the reason is asked for here, before the editor opens again.
import type { DraftView } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';
import { QuestionDialog } from '../common/QuestionDialog';

export interface RevisionDialogProps {
  revision: number;
  onSubmit(reason: string): Promise<DraftView>;
  onDone(draft: DraftView): void;
  onClose(): void;
  t: Translate;
}

export function RevisionDialog({ revision, onSubmit, onDone, onClose, t }: RevisionDialogProps) {
  const next = revision + 1;
  return (
    <QuestionDialog
      title={t('revision.title', { n: next })}
      intro={<p>{t('revision.intro', { prev: revision, n: next })}</p>}
      fieldId="revision-reason"
      label={t('revision.reason')}
      help={t('revision.reasonHelp')}
      multiline
      submitLabel={t('revision.submit', { n: next })}
      onSubmit={async (reason) => onDone(await onSubmit(reason))}
      onClose={onClose}
      t={t}
    />
  );
}
