// The layer boundaries of ARCHITECTURE.md are lint rules; this proves each rule really fires.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it('shared/ cannot import Node, Electron, the database or UI code', async () => {
    for (const source of ["import { readFileSync } from 'node:fs';", "import fs from 'fs';", "import { app } from 'electron';", "import Database from 'better-sqlite3';", "import { useState } from 'react';", "import { x } from '../electron/services/router';", "import { y } from '../../renderer/app';"]) {
      expect(await ruleIds('shared/campaign/bad.ts', `${source}\nexport const z = 1;\n`), source).toContain('no-restricted-imports');
    }
  });

  it('shared/ cannot use DOM or Node globals', async () => {
    expect(await ruleIds('shared/bad.ts', 'export const t = document.title;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('shared/bad.ts', 'export const e = process.env;\n')).toContain('no-restricted-globals');
  });

  it('renderer/ cannot import electron/ or Node', async () => {
    expect(await ruleIds('renderer/bad.ts', "import { createRouter } from '../electron/services/router';\nexport const r = createRouter;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/bad.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('renderer/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toContain('no-restricted-imports');
  });

  it('services and the CLI cannot import electron', async () => {
    expect(await ruleIds('electron/services/bad.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
    expect(await ruleIds('electron/cli/bad.ts', "import { app } from 'electron';\nexport const a = app;\n")).toContain('no-restricted-imports');
  });

  it('allows what each layer is for', async () => {
    expect(await ruleIds('shared/ok.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(await ruleIds('electron/services/ok.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual([]);
  });
});
