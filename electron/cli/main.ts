// The `tongket` command: the same services as the desktop app, without a window.
import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/errors';
import { registerBackup } from './commands/backup';
import { registerCampaign } from './commands/campaign';
import { registerDraft } from './commands/draft';
import { registerExport } from './commands/export';
import { registerInbox } from './commands/inbox';
import { registerKey } from './commands/key';
import { registerProvince } from './commands/province';
import { registerProvincePlan } from './commands/province-plan';
import { registerVerify } from './commands/verify';
import { registerSetup } from './commands/setup';
import { registerUnits } from './commands/units';
import { registerAttachments } from './commands/attachments';
import { CliExit, EXIT, printError, safeIo, type CliIo } from './io';
import { resolveDataDir, type GlobalOptions } from './options';
import { databasePath } from '../services/data-dir';
import { dataError } from '../services/db/open-database';

export const VERSION = '0.1.0';

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
};

export function buildProgram(io: CliIo): Command {
  const program = new Command('tongket')
    .description('TongKet — báo cáo tổng kết công đoàn, làm việc không cần mạng')
    .version(VERSION, '-V, --version', 'in phiên bản')
    .helpOption('-h, --help', 'xem hướng dẫn')
    .helpCommand('help [LỆNH]', 'xem hướng dẫn của một lệnh')
    .option('--data <THƯ_MỤC>', 'thư mục dữ liệu (mặc định: thư mục của ứng dụng, hoặc biến TONGKET_DATA)')
    .option('--json', 'in kết quả dạng JSON cho máy đọc')
    .showHelpAfterError('(xem "tongket --help")')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  registerSetup(program, io, globals);
  registerUnits(program, io, globals);
  registerDraft(program, io, globals);
  registerExport(program, io, globals);
  registerKey(program, io, globals);
  registerVerify(program, io, globals);
  registerInbox(program, io, globals);
  registerProvince(program, io, globals);
  registerBackup(program, io, globals);
  registerCampaign(program, io, globals);
  registerProvincePlan(program, io, globals);
  registerAttachments(program, io, globals);
  for (const cmd of program.commands) cmd.helpOption('-h, --help', 'xem hướng dẫn').exitOverride();
  return program;
}

/** Runs one command line; returns the process exit code. Never throws. */
export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Names, file names and narratives come from packages others made: nothing reaches the terminal raw.
  const io = safeIo(rawIo);
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CliExit) return e.code;
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    const opts = program.opts<GlobalOptions>();
    const json = opts.json ?? false;
    // SQLite's own refusals (a read-only file, a write lock held too long) are named as such.
    const dataDir = resolveDataDir(io, opts);
    const known = e instanceof AppError ? e : dataError(e, databasePath(dataDir), dataDir);
    if (known) {
      printError(io, known, json);
      return EXIT.error;
    }
    io.err(`Lỗi không mong muốn: ${(e as Error).stack ?? String(e)}`);
    return EXIT.error;
  }
}
