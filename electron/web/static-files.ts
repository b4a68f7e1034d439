// Serves the built renderer from one folder, read-only. Paths are resolved inside that folder and
// nowhere else; unknown paths get index.html so that a reload on any screen works.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Hashed asset names never change content, so they may be cached; index.html may not. */
  immutable: boolean;
}

/** The file for a URL path, or null when there is none (callers then answer 404). */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const wanted = decoded === '/' || decoded === '' ? 'index.html' : normalize(decoded).replace(/^([/\\])+/, '');
  const full = resolve(join(base, wanted));
  if (full !== base && !full.startsWith(base + sep)) return null;
  const target = (await isFile(full)) ? full : extname(wanted) === '' ? join(base, 'index.html') : null;
  if (!target) return null;
  const ext = extname(target);
  return { body: await readFile(target), type: TYPES[ext] ?? 'application/octet-stream', immutable: target.includes(`${sep}assets${sep}`) };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
