// The export page's attachments (issue 17): a file chooser and a drop zone, then each attached file with
// its name in the package and its size, removable until the revision is exported. A refused file says
// why, with its code.
import { useState, type DragEvent } from 'react';
import type { AttachmentInfo } from '../../../shared/api/attachment-types';
import type { Translate } from '../../i18n/i18n';
import type { PickedFile } from '../../platform/files';
import { FilePicker } from '../common/FilePicker';
import { formatSize } from '../common/format';
import type { AddOutcome } from '../../store/attachments-store';

export interface AttachmentsPanelProps {
  list: AttachmentInfo[];
  loaded: boolean;
  busy: boolean;
  refused: AddOutcome[];
  error: string | null;
  /** Exported: the package is signed, nothing can be added or removed in this revision. */
  frozen: boolean;
  onAdd(files: PickedFile[]): void;
  onRemove(name: string): void;
  t: Translate;
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png';
const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer.types).includes('Files');

export function AttachmentsPanel({ list, loaded, busy, refused, error, frozen, onAdd, onRemove, t }: AttachmentsPanelProps) {
  const [over, setOver] = useState(false);
  // The window takes the dropped files (App: on this page they are attached); the zone only shows where.
  const dropProps = frozen
    ? {}
    : {
        onDragOver: (e: DragEvent) => {
          if (hasFiles(e)) setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: () => setOver(false),
      };
  return (
    <section className="panel" aria-labelledby="h-attachments" data-testid="attachments">
      <h2 id="h-attachments">{t('attach.title')}</h2>
      <p className="field-help" id="attach-help">
        {frozen ? t('attach.frozen') : t('attach.help')}
      </p>
      {frozen ? null : (
        <div className={`drop-zone${over ? ' is-over' : ''}`} data-testid="attach-drop" {...dropProps}>
          <FilePicker id="attach-files" label={busy ? t('attach.busy') : t('attach.choose')} accept={ACCEPT} multiple disabled={busy} describedBy="attach-help" onFiles={onAdd} />
          <span className="muted"> {t('attach.drop')}</span>
        </div>
      )}
      {refused.length > 0 ? (
        <div className="alert alert-error" role="alert" data-testid="attach-refused">
          <p className="alert-title">{t('attach.refused', { n: refused.length })}</p>
          <ul>
            {refused.map((r) => (
              <li key={r.name}>
                {r.error} {r.code ? <span className="muted mono">({r.code})</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      {!loaded ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted" data-testid="attach-none">
          {t('attach.none')}
        </p>
      ) : (
        <ul className="attachment-list" data-testid="attach-list">
          {list.map((a) => (
            <li key={a.name} className="attachment-item">
              <span className="attachment-name">{a.name}</span> <span className="muted">({formatSize(a.size)})</span>{' '}
              {frozen ? null : (
                <button type="button" className="button button-small" onClick={() => onRemove(a.name)} aria-label={t('attach.removeFile', { name: a.name })}>
                  {t('attach.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
