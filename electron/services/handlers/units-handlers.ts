import type { ServiceContext } from '../context';
import type { HandlerPart } from './types';

export const unitsHandlers = (ctx: ServiceContext): HandlerPart<'listLevels' | 'listUnits' | 'addUnit' | 'updateUnit'> => ({
  listLevels: () => ctx.units.listLevels(),
  listUnits: () => ctx.units.list(),
  addUnit: (unit) => ctx.units.add(unit, ctx.clock().toISOString()),
  updateUnit: (unit) => ctx.units.update(unit, ctx.clock().toISOString()),
});
