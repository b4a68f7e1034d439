import { AppError } from '../../../shared/errors';
import type { Level, Unit } from '../../../shared/units/directory';
import type { Db } from '../db/open-database';

interface UnitRow {
  code: string;
  name: string;
  short_name: string;
  level_id: string;
  parent_code: string | null;
  place: string;
}

const toUnit = (r: UnitRow): Unit => ({
  code: r.code,
  name: r.name,
  shortName: r.short_name,
  levelId: r.level_id,
  parentCode: r.parent_code,
  place: r.place,
});

export function createUnitsRepo(db: Db) {
  const levelsQ = db.prepare<[], Level>('SELECT id, name, rank FROM levels ORDER BY rank, name');
  const levelQ = db.prepare<[string], Level>('SELECT id, name, rank FROM levels WHERE id = ?');
  const unitsQ = db.prepare<[], UnitRow>(
    `SELECT u.code, u.name, u.short_name, u.level_id, u.parent_code, u.place
     FROM units u JOIN levels l ON l.id = u.level_id ORDER BY l.rank, u.name`,
  );
  const unitQ = db.prepare<[string], UnitRow>(
    'SELECT code, name, short_name, level_id, parent_code, place FROM units WHERE code = ?',
  );
  const retiredQ = db.prepare<[], { code: string; retired_at: string }>('SELECT code, retired_at FROM units WHERE retired_at IS NOT NULL');
  const retireQ = db.prepare<[string, string, string]>('UPDATE units SET retired_at = ?, updated_at = ? WHERE code = ? AND retired_at IS NULL');
  const hasChildrenQ = db.prepare<[string], { n: number }>('SELECT EXISTS (SELECT 1 FROM units WHERE parent_code = ?) AS n');
  const insertQ = db.prepare(
    `INSERT INTO units (code, name, short_name, level_id, parent_code, place, created_at, updated_at)
     VALUES (@code, @name, @shortName, @levelId, @parentCode, @place, @now, @now)`,
  );
  const updateQ = db.prepare(
    `UPDATE units SET name = @name, short_name = @shortName, level_id = @levelId, parent_code = @parentCode,
       place = @place, updated_at = @now WHERE code = @code`,
  );

  function get(code: string): Unit | null {
    const row = unitQ.get(code);
    return row ? toUnit(row) : null;
  }

  function require(code: string): Unit {
    const unit = get(code);
    if (!unit) {
      throw new AppError(
        'E_UNIT_UNKNOWN',
        `Không có đơn vị mã «${code}» trong danh mục. Hãy chọn một đơn vị có trong danh mục, hoặc thêm đơn vị mới trước.`,
      );
    }
    return unit;
  }

  function checkLinks(unit: Unit): void {
    if (!levelQ.get(unit.levelId)) {
      const known = levelsQ.all().map((l) => l.id).join(', ');
      throw new AppError('E_LEVEL_UNKNOWN', `Không có cấp «${unit.levelId}». Các cấp hiện có: ${known}.`);
    }
    if (unit.parentCode !== null) {
      if (unit.parentCode === unit.code) throw new AppError('E_INPUT', 'Một đơn vị không thể là cấp trên của chính nó.');
      require(unit.parentCode);
    }
  }

  return {
    listLevels: (): Level[] => levelsQ.all(),
    list: (): Unit[] => unitsQ.all().map(toUnit),
    get,
    require,
    hasChildren: (code: string): boolean => hasChildrenQ.get(code)?.n === 1,
    /** Codes of retired units, with the time each was retired. */
    retired: (): Map<string, string> => new Map(retiredQ.all().map((r) => [r.code, r.retired_at])),
    isRetired: (code: string): boolean => retiredQ.all().some((r) => r.code === code),
    /** Kept with its history; only no longer expected in new campaigns. Idempotent. */
    retire(code: string, now: string): void {
      require(code);
      retireQ.run(now, now, code);
    },
    add(unit: Unit, now: string): Unit {
      if (get(unit.code)) throw new AppError('E_UNIT_EXISTS', `Mã đơn vị «${unit.code}» đã có trong danh mục. Hãy dùng mã khác.`);
      checkLinks(unit);
      insertQ.run({ ...unit, now });
      return unit;
    },
    update(unit: Unit, now: string): Unit {
      require(unit.code);
      checkLinks(unit);
      updateQ.run({ ...unit, now });
      return unit;
    },
  };
}

export type UnitsRepo = ReturnType<typeof createUnitsRepo>;
