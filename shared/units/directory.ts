// The unit directory is data, not code: since July 2025 districts no longer exist and commune/ward
// unions sit under the province, so levels and units are editable rows seeded with Lai Châu 2023.
import { z } from 'zod';

export interface Level {
  id: string;
  name: string;
  /** 0 at the top (Tổng LĐLĐ); larger numbers are lower levels. */
  rank: number;
}

export interface Unit {
  /** Stable ASCII code, e.g. LDLD-TAMDUONG: it names packages and keys, so it never changes. */
  code: string;
  name: string;
  /** Abbreviated name for headers and tables, e.g. "LĐLĐ huyện Tam Đường". */
  shortName: string;
  levelId: string;
  parentCode: string | null;
  /** The place name of the date line, e.g. "Tam Đường". */
  place: string;
}

export const UNIT_CODE = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'Mã đơn vị chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang (2–40 ký tự), ví dụ LDLD-TAMDUONG.');

const name = (max: number) => z.string().trim().min(1, 'Không được để trống.').max(max, `Tối đa ${max} ký tự.`);

export const UnitSchema = z
  .object({
    code: UNIT_CODE,
    name: name(200),
    shortName: name(120),
    levelId: z.string().min(1).max(40),
    parentCode: UNIT_CODE.nullable(),
    place: name(60),
  })
  .strict();

export const DEFAULT_LEVELS: Level[] = [
  { id: 'tong-ldld', name: 'Tổng Liên đoàn Lao động Việt Nam', rank: 0 },
  { id: 'ldld-tinh', name: 'Liên đoàn Lao động tỉnh, thành phố', rank: 1 },
  { id: 'cd-cap-tren', name: 'Công đoàn cấp trên trực tiếp cơ sở', rank: 2 },
  { id: 'cdcs', name: 'Công đoàn cơ sở', rank: 3 },
];

const district = (code: string, kind: 'huyện' | 'thành phố', place: string): Unit => ({
  code,
  name: `Liên đoàn Lao động ${kind} ${place}`,
  shortName: `LĐLĐ ${kind} ${place}`,
  levelId: 'cd-cap-tren',
  parentCode: 'LDLD-LAICHAU',
  place,
});

export const DEFAULT_UNITS: Unit[] = [
  {
    code: 'TLD',
    name: 'Tổng Liên đoàn Lao động Việt Nam',
    shortName: 'Tổng LĐLĐ Việt Nam',
    levelId: 'tong-ldld',
    parentCode: null,
    place: 'Hà Nội',
  },
  {
    code: 'LDLD-LAICHAU',
    name: 'Liên đoàn Lao động tỉnh Lai Châu',
    shortName: 'LĐLĐ tỉnh Lai Châu',
    levelId: 'ldld-tinh',
    parentCode: 'TLD',
    place: 'Lai Châu',
  },
  district('LDLD-TPLAICHAU', 'thành phố', 'Lai Châu'),
  district('LDLD-TAMDUONG', 'huyện', 'Tam Đường'),
  district('LDLD-PHONGTHO', 'huyện', 'Phong Thổ'),
  district('LDLD-SINHO', 'huyện', 'Sìn Hồ'),
  district('LDLD-MUONGTE', 'huyện', 'Mường Tè'),
  district('LDLD-NAMNHUN', 'huyện', 'Nậm Nhùn'),
  district('LDLD-THANUYEN', 'huyện', 'Than Uyên'),
  district('LDLD-TANUYEN', 'huyện', 'Tân Uyên'),
  {
    code: 'CDVC-LAICHAU',
    name: 'Công đoàn Viên chức tỉnh Lai Châu',
    shortName: 'Công đoàn Viên chức tỉnh',
    levelId: 'cd-cap-tren',
    parentCode: 'LDLD-LAICHAU',
    place: 'Lai Châu',
  },
];
