// The level above's decision on this unit's report, from the receipt file it sent back: accepted (and
// when), or returned with its comments, each field comment linked to the field in the editor.
import type { ReceiptStatus } from '../../../shared/api/inbox-types';
import { formatDateTime } from '../../../shared/format/vi';
import type { Translate } from '../../i18n/i18n';
import { fieldHref, routeHref } from '../../routing/route';
import type { ResultLine } from '../../store/inbox-store';
import type { PickedFile } from '../../platform/files';
import { FilePicker } from '../common/FilePicker';
import { ImportResults, type KeyAction } from '../inbox/ImportResults';
import { rich, SOURCE_TEXT, Src } from '../common/SourceText';

export interface ReceiptPanelProps {
  receipt: ReceiptStatus | null;
  revision: number;
  /** The latest revision exported (0 when none): a returned notice about an older one is settled. */
  sentRevision: number;
  labelOf(key: string): string;
  lines: ResultLine[];
  running: boolean;
  onFiles(files: PickedFile[]): void;
  /** Refuses the key of a held receipt (one not signed by the level above's registered key). */
  onRefuse?(key: KeyAction): void;
  t: Translate;
}

function Decision({ receipt, revision, labelOf, t }: { receipt: ReceiptStatus; revision: number; labelOf(key: string): string; t: Translate }) {
  const when = formatDateTime(new Date(receipt.decidedAt));
  if (receipt.decision === 'accepted') {
    return (
      <div className="decision decision-accepted" data-testid="receipt-decision">
        <p className="decision-title">{t('receipt.accepted', { time: when })}</p>
        <p>{rich(t, 'receipt.acceptedBy', { issuer: receipt.issuerName, n: receipt.revision }, ['issuer'])}</p>
        {receipt.comment ? <blockquote className="decision-comment" {...SOURCE_TEXT}>
            {receipt.comment}
          </blockquote> : null}
      </div>
    );
  }
  return (
    <div className="decision decision-returned" data-testid="receipt-decision">
      <p className="decision-title">{t('receipt.returned', { time: when, n: receipt.revision })}</p>
      <p>{rich(t, 'receipt.returnedBy', { issuer: receipt.issuerName, n: receipt.revision }, ['issuer'])}</p>
      {receipt.comment ? <blockquote className="decision-comment" {...SOURCE_TEXT}>
            {receipt.comment}
          </blockquote> : null}
      {receipt.fields.length ? (
        <>
          <h3>{t('receipt.fields')}</h3>
          <ul className="decision-fields">
            {receipt.fields.map((f) => (
              <li key={f.key}>
                <a href={fieldHref(f.key)}>
                  <Src>{labelOf(f.key)}</Src>
                </a>
                : <Src>{f.comment}</Src>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {revision > receipt.revision ? <p className="note">{t('receipt.reopened', { n: revision })}</p> : null}
    </div>
  );
}

export function ReceiptPanel({ receipt, revision, sentRevision, labelOf, lines, running, onFiles, onRefuse, t }: ReceiptPanelProps) {
  const heldReceipt = lines.some((l) => l.outcome === 'held');
  const settled = receipt !== null && sentRevision > receipt.revision;
  return (
    <section aria-labelledby="h-receipt" className="panel">
      <h2 id="h-receipt">{t('receipt.title')}</h2>
      {settled ? (
        <p className="decision" data-testid="receipt-decision">
          {t('receipt.waiting', { n: sentRevision })}
        </p>
      ) : receipt ? (
        <Decision receipt={receipt} revision={revision} labelOf={labelOf} t={t} />
      ) : (
        <p className="muted">{t('receipt.none')}</p>
      )}
      <div className="input-row receipt-import">
        <FilePicker id="receipt-file" label={t('receipt.import')} accept=".tongket-receipt,.tongket-campaign,.eml" describedBy="receipt-file-help" disabled={running} onFiles={onFiles} />
        <span className="field-help" id="receipt-file-help">
          {t('receipt.importHelp')}
        </span>
      </div>
      {lines.length ? <ImportResults lines={lines} {...(onRefuse ? { onRefuse } : {})} t={t} /> : null}
      {heldReceipt ? (
        <p className="alert alert-warn">
          {t('receipt.held')} <a href={routeHref({ page: 'keys' })}>{t('receipt.goKeys')}</a>
        </p>
      ) : null}
    </section>
  );
}
