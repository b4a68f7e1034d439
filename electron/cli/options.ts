import { resolve } from 'node:path';
import { defaultDataDir } from '../services/data-dir';
import type { CliIo } from './io';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

export const resolveDataDir = (io: CliIo, opts: GlobalOptions): string =>
  resolve(io.cwd, opts.data ?? defaultDataDir(io.env));
