// Sizes as Vietnamese offices read them: "812 byte", "96,4 KB", "1,2 MB".
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/vi';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} byte`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/**
 * The services' message of a failed call, for an alert or a field. A refused input names the method
 * and the path for the log ("… (startRevision): reason: …"); the person only needs the sentences.
 */
export function errorText(e: unknown): string {
  if (e instanceof AppError && e.code === 'E_INPUT' && e.details?.problems?.length) {
    return e.details.problems.map((p) => p.replace(/^[\w.]+: /, '')).join(' ');
  }
  return e instanceof Error ? e.message : String(e);
}
