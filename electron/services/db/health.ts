// Checks made before the database is trusted with anything: the folder is a local disk, and the file
// is not damaged. A damaged database is never written to: the user is sent to the latest good backup.
import Database from 'better-sqlite3';
import { existsSync, statfsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS } from './migrations/index';

// statfs magic numbers of network file systems (Linux): SQLite's locking is not reliable over them.
const NETWORK_FS = new Set([0x6969 /* NFS */, 0x517b /* SMB */, 0xff534d42 /* CIFS */, 0xfe534d42 /* SMB2 */, 0x564c /* NCP */, 0x65735546 /* FUSE, e.g. sshfs */]);

export function refuseNetworkFolder(dir: string, platform: NodeJS.Platform = process.platform): void {
  const unc = /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(dir);
  let network = unc;
  if (!network && platform !== 'win32' && existsSync(dir)) {
    try {
      network = NETWORK_FS.has(Number(statfsSync(dir).type));
    } catch {
      network = false;
    }
  }
  if (network) {
    throw new AppError(
      'E_DATA_NETWORK',
      `Thư mục dữ liệu ${dir} nằm trên ổ mạng. Cơ sở dữ liệu trên ổ mạng có thể hỏng khi mất kết nối; hãy chọn một thư mục trên ổ đĩa của máy này.`,
    );
  }
}

/** quick_check on the file as it is, read-only, before the app opens it for writing. */
export function quickCheck(file: string): void {
  if (!existsSync(file)) return;
  let db: Database.Database | null = null;
  let result: unknown;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    result = db.pragma('quick_check', { simple: true });
  } catch (e) {
    result = (e as Error).message;
  } finally {
    db?.close();
  }
  refuseIfDamaged(file, result);
}

/** The same check on a connection already open (a read-only view must not open the file twice). */
export function quickCheckOpen(db: Database.Database, file: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (e) {
    result = (e as Error).message;
  }
  refuseIfDamaged(file, result);
}

function refuseIfDamaged(file: string, result: unknown): void {
  if (result !== 'ok') {
    throw new AppError(
      'E_DB_CORRUPT',
      `Cơ sở dữ liệu ${file} bị hỏng (${String(result).slice(0, 120)}). TongKet không ghi gì vào tệp này. Hãy khôi phục bản sao lưu gần nhất ("tongket backup list", rồi "tongket backup restore TỆP").`,
    );
  }
}

interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const normalise = (o: SchemaObject): string => `${o.type} ${o.name} ON ${o.tbl_name}: ${(o.sql ?? '').replace(/\s+/g, ' ').trim()}`;

function schemaOf(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare<[], SchemaObject>(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%'`)
    .all();
  return new Map(rows.map((o) => [`${o.type} ${o.name}`, normalise(o)]));
}

const expectedCache = new Map<number, Map<string, string>>();

/** The schema our own migrations make up to `version`, built in a database in memory. */
function expectedSchema(version: number): Map<string, string> {
  const cached = expectedCache.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    for (const m of MIGRATIONS) if (m.version <= version) m.up(db);
    const schema = schemaOf(db);
    expectedCache.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

/**
 * What differs between a database's schema and the one of its user_version: every table, column and
 * index as our migrations make them, and nothing else (no view, no trigger we did not create, no table
 * of a newer version under an older number). Empty when it is exactly ours.
 */
export function schemaProblems(db: Database.Database): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (!MIGRATIONS.some((m) => m.version === version)) return [`phiên bản lược đồ ${version} không có trong TongKet này`];
  const expected = expectedSchema(version);
  const actual = schemaOf(db);
  const problems: string[] = [];
  for (const [key, sql] of actual) {
    if (!expected.has(key)) problems.push(`thừa ${key}`);
    else if (expected.get(key) !== sql) problems.push(`khác ${key}`);
  }
  for (const key of expected.keys()) if (!actual.has(key)) problems.push(`thiếu ${key}`);
  return problems;
}
