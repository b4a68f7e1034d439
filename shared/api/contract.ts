// The one API contract: method name → input schema → output type. The Node side parses every input
// with its schema before the handler runs; the renderer's calls are checked against it at compile time.
// Three transports carry it: ipcMain in Electron, HTTP on 127.0.0.1 for browser tests, and in-process.
import { z } from 'zod';
import type { CampaignDef } from '../campaign/model';
import type { AppErrorData } from '../errors';
import type { DraftFile } from '../report/draft-file';
import type { PartProgress } from '../report/progress';
import { RawCellsSchema, type RawCells, type RawInputs } from '../report/raw-inputs';
import type { ReportValues, FieldValue } from '../report/values';
import type { Level, Unit } from '../units/directory';
import { UNIT_CODE, UnitSchema } from '../units/directory';
import type { ValidationResult } from '../validation/engine';
import type { AnnouncedKey, HeldPackage, ImportLine, IssuedReceipt, KeyDecision, KeyInfo, ReceiptStatus, TrackerExport, TrackerRow } from './inbox-types';
import { BACKUP_MAX_BASE64, BACKUP_MAX_BYTES, UPLOAD_MAX_BASE64, megabytes } from './limits';
import { provinceMethods } from './province-contract';
import { campaignMethods } from './campaign-contract';
import { deskMethods } from './desk-contract';
import { reviewMethods } from './review-contract';
import { planMethods } from './plan-contract';
import { attachmentMethods } from './attachment-contract';

export interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodDef<I, O> => ({ input });

const Empty = z.object({}).strict();
const line = (max: number) => z.string().trim().max(max, `Tối đa ${max} ký tự.`);

export const ProfileInputSchema = z
  .object({
    unitCode: UNIT_CODE,
    signerName: line(100).default(''),
    signerTitle: line(100).default('CHỦ TỊCH'),
    authorityLine: line(100).default('TM. BAN THƯỜNG VỤ'),
    documentNumber: line(20).default(''),
    documentSymbol: line(40).default('BC-LĐLĐ'),
    /** Place name of the date line; the unit's own place when left out. */
    place: line(60).optional(),
  })
  .strict();

export interface Profile {
  unit: Unit;
  parent: Unit | null;
  signerName: string;
  signerTitle: string;
  authorityLine: string;
  documentNumber: string;
  documentSymbol: string;
  place: string;
  campaignId: string;
  createdAt: string;
  updatedAt: string;
}

export type ReportStatus = 'draft' | 'frozen';

export interface DraftView {
  campaignId: string;
  unitCode: string;
  revision: number;
  status: ReportStatus;
  values: ReportValues;
  explanations: Record<string, string>;
  /** Cells typed but not readable, kept as typed until corrected (each one a validation error). */
  rawInputs: RawInputs;
  validation: ValidationResult;
  progress: PartProgress[];
  /** ISO instant of the last saved change, or null for an untouched draft. */
  lastSavedAt: string | null;
}

export interface SaveResult {
  key: string;
  /** The value as stored (text normalised), or null when the field was cleared. */
  value: FieldValue | null;
  /** The field's cells kept as typed after this save (fields only), or null when there are none. */
  raw: RawCells | null;
  savedAt: string;
  validation: ValidationResult;
  progress: PartProgress[];
}

export interface LoadResult {
  draft: DraftView;
  /** How many fields and explanations the load actually changed (0 when loading what was shown). */
  changed: number;
}

/**
 * Whether this computer can sign with the unit's key:
 * - ready: it opens with this computer's protection (the OS keychain in the app, the passphrase on the CLI);
 * - needs-passphrase: it is protected by a passphrase, as after a move from another computer; typing it
 *   once re-protects the key for this computer (adoptSigningKey);
 * - unreadable: it is bound to another computer's keychain (a plain backup restored here); only a move
 *   backup made on that computer, or a new key (replaceSigningKey), lets this computer sign;
 * - no-protection: this computer has no way to protect a key (no keychain, no passphrase given).
 */
export type SigningKeyState = 'ready' | 'needs-passphrase' | 'unreadable' | 'no-protection';

export interface SigningKeyInfo {
  keyId: string;
  /** Short fingerprint to read over the phone, e.g. "3F2A-91BC-0D4E-77A1". */
  fingerprint: string;
  createdAt: string;
  state: SigningKeyState;
  /** A replacement made ahead, to be announced in the next package signed by this key (SPEC §6). */
  next: { keyId: string; fingerprint: string; createdAt: string } | null;
}

export interface ExportedFile {
  name: string;
  size: number;
}

export interface ExportResult {
  revision: number;
  folder: string;
  /** The package first, then the DOCX and the XLSX. */
  files: ExportedFile[];
  packageFile: string;
  packageSize: number;
  manifestSha256: string;
  keyId: string;
  fingerprint: string;
  emailSubject: string;
  emailBody: string;
  /** True when this revision had been exported before and the same files were written again. */
  repeated: boolean;
  /** The fingerprint of the next key this package announced (it signs from now on), or null. */
  announcedFingerprint: string | null;
}

export interface ExportRecord {
  revision: number;
  fileName: string;
  size: number;
  manifestSha256: string;
  reason: string | null;
  createdAt: string;
}

/** "Open folder" after an export: the folder the host chose, never one the page names. */
export interface OpenFolderResult {
  /** The export folder, or null when nothing was exported in this session yet. */
  folder: string | null;
  /** True when the system's file manager was asked to show it (desktop); the web host only reports it. */
  opened: boolean;
}

/** This unit's public key written as `<unit-code>.pub` in the export folder, to hand to the other level. */
export interface PublicKeyFile {
  fileName: string;
  path: string;
  keyId: string;
  fingerprint: string;
}

const KEY_ID = z.string().trim().toUpperCase().regex(/^[0-9A-F]{16}$/, 'Mã khóa gồm 16 chữ số hệ mười sáu.');
const FINGERPRINT = z.string().trim().min(16, 'Hãy nhập đủ dấu vân tay (16 ký tự).').max(40);
/** A held key as the list shows it: its fingerprint names it without doubt, where a key id may be shared. */
const KEY_FINGERPRINT = z.string().trim().toUpperCase().regex(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/, 'Dấu vân tay gồm bốn nhóm bốn ký tự.');

export interface BackupInfo {
  file: string;
  name: string;
  size: number;
  createdAt: string;
}

export interface RestoreInfo {
  restoredFrom: string;
  previousKeptAt: string | null;
}

/** A backup for moving to a new computer: the signing key in it is protected by the move passphrase. */
export interface MoveBackupInfo extends BackupInfo {
  /** The key that travels: the province already knows it by this fingerprint. */
  fingerprint: string;
}

const PASSPHRASE = z.string().max(200, 'Mật khẩu tối đa 200 ký tự.');

export const contract = {
  getProfile: method<Profile | null>()(Empty),
  saveProfile: method<Profile>()(ProfileInputSchema),
  listLevels: method<Level[]>()(Empty),
  listUnits: method<Unit[]>()(Empty),
  addUnit: method<Unit>()(UnitSchema),
  updateUnit: method<Unit>()(UnitSchema),
  getCampaign: method<CampaignDef>()(Empty),
  getDraft: method<DraftView>()(Empty),
  // `raw`: the field's cells that could not be read, as typed; the valid cells travel in `value`.
  saveField: method<SaveResult>()(z.object({ key: z.string().min(1).max(120), value: z.unknown(), raw: RawCellsSchema.optional() }).strict()),
  saveExplanation: method<SaveResult>()(
    z.object({ ruleId: z.string().min(1).max(120), text: z.string().max(5_000, 'Tối đa 5.000 ký tự.') }).strict(),
  ),
  exportDraftFile: method<DraftFile>()(Empty),
  loadDraft: method<LoadResult>()(z.object({ draft: z.unknown() }).strict()),
  checkDraft: method<ValidationResult>()(Empty),
  getSigningKey: method<SigningKeyInfo | null>()(Empty),
  exportPackage: method<ExportResult>()(Empty),
  listExports: method<ExportRecord[]>()(Empty),
  getMode: method<{ receiving: boolean }>()(Empty),
  getTracker: method<TrackerRow[]>()(Empty),
  listHeld: method<HeldPackage[]>()(Empty),
  importUploads: method<ImportLine[]>()(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), dataBase64: z.string().max(UPLOAD_MAX_BASE64, 'Tệp quá lớn (tối đa 50 MB).') }).strict())
          .min(1)
          .max(200, 'Mỗi lần nhập tối đa 200 tệp.'),
      })
      .strict(),
  ),
  listKeys: method<KeyInfo[]>()(Empty),
  registerKey: method<KeyDecision>()(
    z.object({ publicKeyText: z.string().min(1).max(4_096), fingerprint: FINGERPRINT, unitCode: UNIT_CODE.optional() }).strict(),
  ),
  confirmKey: method<KeyDecision>()(
    z.object({ keyId: KEY_ID, keyFingerprint: KEY_FINGERPRINT.optional(), fingerprint: FINGERPRINT, unitCode: UNIT_CODE.optional() }).strict(),
  ),
  refuseKey: method<KeyDecision>()(z.object({ keyId: KEY_ID, keyFingerprint: KEY_FINGERPRINT.optional() }).strict()),
  listAnnouncedKeys: method<AnnouncedKey[]>()(Empty),
  confirmAnnouncedKey: method<KeyDecision>()(z.object({ keyId: KEY_ID, fingerprint: FINGERPRINT }).strict()),
  revokeKey: method<KeyInfo>()(z.object({ keyId: KEY_ID }).strict()),
  issueReceipt: method<IssuedReceipt>()(
    z
      .object({
        unitCode: UNIT_CODE,
        decision: z.enum(['accepted', 'returned']),
        comment: z.string().max(5_000, 'Tối đa 5.000 ký tự.'),
        fields: z.array(z.object({ key: z.string().min(1).max(120), comment: z.string().max(2_000) }).strict()).max(200),
      })
      .strict(),
  ),
  getReceiptStatus: method<ReceiptStatus | null>()(Empty),
  createBackup: method<BackupInfo>()(Empty),
  listBackups: method<BackupInfo[]>()(Empty),
  restoreBackup: method<RestoreInfo>()(z.object({ name: z.string().regex(/^[\w.-]+\.sqlite$/, 'Tên bản sao lưu không hợp lệ.') }).strict()),
  /** A backup file the user chose (e.g. brought on a USB stick from the old computer). */
  restoreUploadedBackup: method<RestoreInfo>()(
    z
      .object({
        name: z.string().min(1).max(255),
        dataBase64: z.string().max(BACKUP_MAX_BASE64, `Tệp sao lưu quá lớn (tối đa ${megabytes(BACKUP_MAX_BYTES)}); hãy khôi phục bằng lệnh "tongket backup restore".`),
      })
      .strict(),
  ),
  createMoveBackup: method<MoveBackupInfo>()(z.object({ passphrase: PASSPHRASE.min(8, 'Mật khẩu chuyển máy phải có ít nhất 8 ký tự.') }).strict()),
  adoptSigningKey: method<SigningKeyInfo>()(z.object({ passphrase: PASSPHRASE.min(1, 'Hãy nhập mật khẩu chuyển máy.') }).strict()),
  replaceSigningKey: method<SigningKeyInfo>()(Empty),
  announceNewKey: method<SigningKeyInfo>()(Empty),
  startRevision: method<DraftView>()(
    z.object({ reason: z.string().trim().min(5, 'Hãy ghi lý do sửa đổi (ít nhất 5 ký tự).').max(2_000, 'Tối đa 2.000 ký tự.') }).strict(),
  ),
  openExportFolder: method<OpenFolderResult>()(Empty),
  exportPublicKey: method<PublicKeyFile>()(Empty),
  exportTracker: method<TrackerExport>()(Empty),
  ...provinceMethods,
  ...campaignMethods,
  ...deskMethods,
  ...reviewMethods,
  ...planMethods,
  ...attachmentMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer O> ? O : never;

/** What the renderer holds: one async function per method. The preload and the web twin implement it. */
export type Api = { [M in MethodName]: (input: InputOf<M>) => Promise<OutputOf<M>> };

/** What crosses a transport: a value, or an error with a stable code and a Vietnamese message. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
