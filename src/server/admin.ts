// `npm run admin -- user add|list|passwd|remove …`: account management without prompts.
import { lockedDataDirMessage, runUserCommand, UsageError, USAGE } from './admin/cli';
import { DataDirLocked, lockDataDir } from './store/data-lock';
import { openStore, pgliteDir } from './store/open-store';
import type { Sql } from './store/sql';

async function main(argv: string[]): Promise<number> {
  const [group, command, ...args] = argv;
  if (group !== 'user' || !command) {
    console.error(USAGE);
    return group === undefined || group === '--help' ? 0 : 1;
  }
  let unlock = () => undefined as void;
  let sql: Sql | undefined;
  try {
    if (!process.env.DATABASE_URL) unlock = lockDataDir(pgliteDir());
    sql = await openStore();
    console.log(await runUserCommand(sql, command, args));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof DataDirLocked)) throw error;
    // A locked folder is not a usage mistake: say how to manage accounts with the server running.
    console.error(error instanceof DataDirLocked ? lockedDataDirMessage(error.message) : `Erreur : ${error.message}\n\n${USAGE}`);
    return 1;
  } finally {
    await sql?.close();
    unlock();
  }
}

process.exitCode = await main(process.argv.slice(2));
