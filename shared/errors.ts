// Every failure the user can meet has a stable code (for tests, logs and support calls) and a
// Vietnamese sentence that says what happened and what to do.

export const ERROR_CODES = [
  'E_INPUT',
  'E_JSON',
  'E_FILE_READ',
  'E_DRAFT_FORMAT',
  'E_FIELD_UNKNOWN',
  'E_FIELD_VALUE',
  'E_RULE_UNKNOWN',
  'E_UNIT_UNKNOWN',
  'E_UNIT_EXISTS',
  'E_UNIT_MISMATCH',
  'E_LEVEL_UNKNOWN',
  'E_CAMPAIGN_MISMATCH',
  'E_TEMPLATE_MISMATCH',
  'E_NOT_SETUP',
  'E_REVISION_FROZEN',
  'E_DATA_MISSING',
  'E_DATA_READONLY',
  /** Another process holds the data folder (a restore needs it alone) or its write ran too long. */
  'E_DATA_BUSY',
  'E_DB_NEWER',
  'E_DB_OPEN',
  'E_DB_CORRUPT',
  'E_DATA_NETWORK',
  'E_BACKUP_INVALID',
  'E_METHOD_UNKNOWN',
  /** A transport refused the call: wrong token, foreign origin, or not the app's own window. */
  'E_FORBIDDEN',
  'E_TOO_LARGE',
  /** The renderer could not reach the services (web host stopped, connection lost). */
  'E_TRANSPORT',
  // Signing keys
  'E_NO_KEY',
  'E_KEY_FORMAT',
  'E_KEY_LOCKED',
  'E_PASSPHRASE',
  'E_KEY_REVOKED',
  'E_KEY_CONFLICT',
  'E_FINGERPRINT',
  /** A key id names several different keys: name the key by its fingerprint. */
  'E_KEY_AMBIGUOUS',
  // Export
  'E_EXPORT_BLOCKED',
  'E_WRITE',
  // Package verification, in the order the checks run (SPEC §6)
  'E_PKG_EMPTY',
  'E_PKG_SIZE',
  'E_ZIP',
  'E_ZIP_JUNK',
  'E_ZIP_LIMITS',
  'E_ZIP_NAME',
  /** A local file header says something other than the central directory (issue 12). */
  'E_ZIP_HEADER',
  'E_MIMETYPE',
  'E_SIGNATURE_FORMAT',
  'E_SIGNATURE_LEGACY',
  'E_SIGNATURE',
  'E_TRUSTED_COMMENT',
  'E_MANIFEST',
  'E_KEY_UNIT',
  'E_ENTRY_SET',
  'E_HASH',
  'E_ATTACHMENT_TYPE',
  /** An attachment over its size limit, or one too many (issue 17). */
  'E_ATTACHMENT_SIZE',
  /** An attachment name already used in this revision, or not usable as a file name everywhere. */
  'E_ATTACHMENT_NAME',
  /** No such attachment (removed, or not in that package). */
  'E_ATTACHMENT_UNKNOWN',
  'E_REPORT_DATA',
  'E_CAMPAIGN_UNKNOWN',
  'E_REVISION_CONFLICT',
  /** A signed revision number far above any real one (it would block every later genuine revision). */
  'E_REVISION_RANGE',
  /** Too many or too large packages held for one unconfirmed key, or for all of them together. */
  'E_HELD_QUOTA',
  // Province synthesis
  /** A passage was asked from a package the inbox does not hold for that unit (or holds only held). */
  'E_SOURCE_UNKNOWN',
  // Receipts
  'E_RECEIPT',
  'E_NOT_RECEIVING',
  // Campaign workbooks
  /** The file is no readable .xlsx: empty, too big, encrypted, old .xls, damaged. */
  'E_WORKBOOK',
  // Campaign files (SPEC §9)
  /** campaign.json or the manifest of a campaign file does not make a campaign. */
  'E_CAMPAIGN_FILE',
  /** Signed by, or issued by, a unit that is not this unit's parent. */
  'E_CAMPAIGN_ISSUER',
  /** A lower template version or issue than the one installed. */
  'E_CAMPAIGN_VERSION',
  /** The same campaign, version and issue as one installed, with different content. */
  'E_CAMPAIGN_CONFLICT',
  /** The campaign would rename or re-parent a unit already in the directory. */
  'E_CAMPAIGN_UNITS',
  /** `campaign derive` of a campaign that was not received from above (or whose file is missing). */
  'E_CAMPAIGN_DERIVE',
  /** A new campaign lists a unit retired from the directory. */
  'E_UNIT_RETIRED',
  /** This install's own unit cannot be retired. */
  'E_UNIT_SELF',
  /** A campaign draft of the desk that no longer exists. */
  'E_DESK_DRAFT_UNKNOWN',
  /** A campaign draft with problems cannot be issued yet. */
  'E_DESK_DRAFT_INVALID',
  // The rest of the province's plan (§IV.1): survey visits, conference speakers, commendations
  /** No survey visit or finding with that number in the current campaign. */
  'E_SURVEY_UNKNOWN',
  /** A ranking criterion that is not a number or rate of the campaign's template. */
  'E_CRITERION_UNKNOWN',
  /** No proposed commendation with that key in the current campaign. */
  'E_COMMENDATION_UNKNOWN',
  'E_INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetails {
  /** The report field concerned, when there is one, so that the UI can show the message beside it. */
  field?: string;
  /** Where in a file or input the problem is, e.g. "values.s5.courses". */
  path?: string;
  /** Individual problems when several were found at once. */
  problems?: string[];
}

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): AppErrorData {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.message, data.details);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
