// How much one call may carry, the same on every transport (HTTP body, IPC argument). Most calls are
// small; importUploads carries one package's bytes (base64) and restoreUploadedBackup one backup's, so
// those two get room for one whole file. The renderer sends uploads one file at a time.

/** The largest package the import accepts (the verifier's own limit is the same). */
export const PACKAGE_MAX_BYTES = 50 * 1024 * 1024;
/** One package in base64: four characters for every three bytes. */
export const UPLOAD_MAX_BASE64 = Math.ceil((PACKAGE_MAX_BYTES * 4) / 3) + 4;
/** Large enough for a whole draft file with every narrative full; small enough to refuse a flood. */
export const CALL_MAX_BYTES = 4 * 1024 * 1024;
/** One package in base64 plus the JSON around it (file name, brackets). */
export const UPLOAD_CALL_MAX_BYTES = UPLOAD_MAX_BASE64 + 64 * 1024;

/**
 * The largest backup a restore accepts from a chosen file. A district's database is a few megabytes and
 * a province's grows by the packages it receives (about 50 KB each, a few revisions a unit a year), so
 * this is room for many years; a larger one is restored with `tongket backup restore`.
 */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;
export const BACKUP_MAX_BASE64 = Math.ceil((BACKUP_MAX_BYTES * 4) / 3) + 4;
export const BACKUP_CALL_MAX_BYTES = BACKUP_MAX_BASE64 + 64 * 1024;

/** The ceiling for one call of `method`; unknown names get the small one. */
export const callLimit = (method: string): number =>
  method === 'importUploads' || method === 'addAttachment'
    ? UPLOAD_CALL_MAX_BYTES
    : method === 'restoreUploadedBackup'
      ? BACKUP_CALL_MAX_BYTES
      : CALL_MAX_BYTES;

/** "4 MB", "67 MB": the limit as people read it in a refusal. */
export const megabytes = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024))} MB`;
