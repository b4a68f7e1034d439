import { openAppServices, type AppServices } from '../../electron/services/app-services';
import { afterEach } from 'vitest';

/** A fixed instant, so that saved-at times and audit rows are reproducible. */
export const FIXED_NOW = new Date('2023-05-19T02:30:00.000Z');

/** Opens real services on a real SQLite file in `dir`; closed after the test. */
export function useServices(): (dir: string, opts?: { clock?: () => Date }) => AppServices {
  const open: AppServices[] = [];
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
  });
  return (dir, opts = {}) => {
    const s = openAppServices({ dataDir: dir, create: true, clock: opts.clock ?? (() => FIXED_NOW) });
    open.push(s);
    return s;
  };
}
