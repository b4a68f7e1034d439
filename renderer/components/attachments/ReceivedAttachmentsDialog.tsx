// The attachments of a received revision (issue 17), from the tracker row: each with its name and size,
// opened in a new tab of the page (a PDF or a picture shows at once) or saved to a folder the app
// chooses. Pure: the calls come in as props, so that the report view can reuse it.
import { useEffect, useRef, useState } from 'react';
import type { AttachmentContent, AttachmentInfo, SavedAttachment } from '../../../shared/api/attachment-types';
import type { Translate } from '../../i18n/i18n';
import { errorText, formatSize } from '../common/format';
import { Modal } from '../common/Modal';

export interface ReceivedAttachmentsDialogProps {
  unitName: string;
  revision: number;
  list(): Promise<AttachmentInfo[]>;
  read(name: string): Promise<AttachmentContent>;
  save(name: string): Promise<SavedAttachment>;
  onClose(): void;
  t: Translate;
}

function openInPage(content: AttachmentContent): void {
  const bytes = Uint8Array.from(atob(content.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: content.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener';
  // A type the page cannot show (DOCX, XLSX) is downloaded under its own name instead.
  if (!/^(application\/pdf|image\/(jpeg|png))$/.test(content.mediaType)) link.download = content.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ReceivedAttachmentsDialog({ unitName, revision, list, read, save, onClose, t }: ReceivedAttachmentsDialogProps) {
  const [files, setFiles] = useState<AttachmentInfo[] | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  // Read once when the dialog opens: the caller's function is a new one at each render.
  const listOnce = useRef(list);
  useEffect(() => {
    listOnce.current().then(setFiles, (e: unknown) => setNotice({ tone: 'error', text: errorText(e) }));
  }, []);

  const act = async (run: () => Promise<string | null>) => {
    setNotice(null);
    try {
      const text = await run();
      if (text) setNotice({ tone: 'ok', text });
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    }
  };

  return (
    <Modal title={t('attach.receivedTitle', { unit: unitName, revision })} onClose={onClose} wide>
      {files === null && !notice ? <p className="muted">{t('app.loading')}</p> : null}
      {files && files.length === 0 ? <p className="muted">{t('attach.none')}</p> : null}
      {files && files.length > 0 ? (
        <ul className="attachment-list" data-testid="received-attachments">
          {files.map((a) => (
            <li key={a.name} className="attachment-item">
              <span className="attachment-name">{a.name}</span> <span className="muted">({formatSize(a.size)})</span>
              <button type="button" className="button button-small" aria-label={t('attach.openFile', { name: a.name })} onClick={() => void act(async () => (openInPage(await read(a.name)), null))}>
                {t('attach.open')}
              </button>
              <button type="button" className="button button-small" aria-label={t('attach.saveFile', { name: a.name })} onClick={() => void act(async () => t('attach.saved', { path: (await save(a.name)).path }))}>
                {t('attach.save')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {notice ? (
        <p className={`alert alert-${notice.tone === 'ok' ? 'ok' : 'error'}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="received-attachments-notice">
          {notice.text}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('attach.close')}
        </button>
      </div>
    </Modal>
  );
}
