// After an export: what was written and where, the ready e-mail to copy, and "open folder".
import { useEffect, useRef } from 'react';
import type { ExportResult, OpenFolderResult } from '../../../shared/api/contract';
import type { Translate } from '../../i18n/i18n';
import { CopyButton } from '../common/CopyButton';
import { formatSize } from '../common/format';

export interface ExportResultPanelProps {
  result: ExportResult;
  folder: OpenFolderResult | null;
  onOpenFolder(): void;
  t: Translate;
}

const KINDS = ['export.fileKind.package', 'export.fileKind.docx', 'export.fileKind.xlsx'] as const;

function FolderNote({ folder, t }: { folder: OpenFolderResult | null; t: Translate }) {
  if (!folder) return null;
  const text = !folder.folder ? t('export.folderNone') : folder.opened ? t('export.folderOpened', { folder: folder.folder }) : t('export.folderShown', { folder: folder.folder });
  return (
    <p className="note" role="status" data-testid="folder-note">
      {text}
    </p>
  );
}

export function ExportResultPanel({ result, folder, onOpenFolder, t }: ExportResultPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The button the user pressed is gone from view: move them (and screen readers) to the outcome.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [result]);
  return (
    <section className="panel panel-done" aria-labelledby="h-export-done" data-testid="export-result">
      <h2 id="h-export-done" ref={heading} tabIndex={-1}>
        {t('export.done', { n: result.revision })}
      </h2>
      {result.repeated ? <p className="note">{t('export.repeated')}</p> : null}
      <dl className="facts">
        <div className="fact-wide">
          <dt>{t('export.packageFile')}</dt>
          <dd className="mono" data-testid="package-file">
            {result.packageFile}
          </dd>
        </div>
        <div>
          <dt>{t('export.size')}</dt>
          <dd data-testid="package-size">{formatSize(result.packageSize)}</dd>
        </div>
        <div>
          <dt>{t('export.keyFingerprint')}</dt>
          <dd className="mono fingerprint" data-testid="package-fingerprint">
            {result.fingerprint}
          </dd>
        </div>
        <div className="fact-wide">
          <dt>{t('export.folder')}</dt>
          <dd className="mono path">{result.folder}</dd>
        </div>
      </dl>
      <h3>{t('export.files')}</h3>
      <ul className="file-list" data-testid="export-files">
        {result.files.map((f, i) => (
          <li key={f.name}>
            <span className="mono">{f.name}</span> <span className="muted">— {t(KINDS[i] ?? 'export.fileKind.package')}, {formatSize(f.size)}</span>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onOpenFolder}>
          {t('export.openFolder')}
        </button>
      </div>
      <FolderNote folder={folder} t={t} />
      <h3>{t('export.email')}</h3>
      <p className="field-help">{t('export.emailHelp', { file: result.packageFile })}</p>
      <div className="field">
        <label className="field-label" htmlFor="email-subject">
          {t('export.subject')}
        </label>
        <div className="copy-row">
          <input id="email-subject" className="input" readOnly value={result.emailSubject} />
          <CopyButton text={result.emailSubject} label={t('export.copySubject')} t={t} />
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor="email-body">
          {t('export.body')}
        </label>
        <textarea id="email-body" className="input email-body" readOnly rows={9} value={result.emailBody} />
        <CopyButton text={result.emailBody} label={t('export.copyBody')} t={t} />
      </div>
    </section>
  );
}
