// `npm run admin -- user add|list|passwd|remove …` (accounts) and `backup|restore --file …` (the
// embedded database), without prompts.
import { backupEmbedded, BackupError, restoreEmbedded } from './admin/backup';
import { lockedDataDirMessage, parseFlags, runUserCommand, UsageError, USAGE } from './admin/cli';
import { DatabaseNewerThanCode } from './store/migrate';
import { DataDirLocked, lockDataDir } from './store/data-lock';
import { openStore, pgliteDir } from './store/open-store';
import type { Sql } from './store/sql';

/** backup/restore: the server must be stopped, since it alone may open the folder while it runs. */
async function runBackupCommand(command: 'backup' | 'restore', args: string[]): Promise<string> {
  if (process.env.DATABASE_URL) {
    throw new UsageError(
      'Avec PostgreSQL (DATABASE_URL), sauvegardez avec pg_dump et restaurez avec pg_restore (README, « Sauvegarde et mise à jour »)',
    );
  }
  const { file } = parseFlags(args, ['file']);
  if (!file) throw new UsageError('--file est obligatoire');
  const dir = pgliteDir();
  const unlock = lockDataDir(dir);
  try {
    if (command === 'backup') {
      const bytes = await backupEmbedded(dir, file);
      return `Sauvegarde écrite : ${file} (${(bytes / 1024 / 1024).toFixed(1)} Mo)`;
    }
    const { keptAside } = await restoreEmbedded(dir, file);
    return `Base restaurée depuis ${file}` + (keptAside ? `\nL’ancienne base est conservée dans ${keptAside}` : '');
  } finally {
    unlock();
  }
}

async function main(argv: string[]): Promise<number> {
  const [group, command, ...args] = argv;
  if (group === 'backup' || group === 'restore') {
    try {
      console.log(
        await runBackupCommand(
          group,
          [command, ...args].filter((a): a is string => a !== undefined),
        ),
      );
      return 0;
    } catch (error) {
      if (error instanceof DataDirLocked) {
        console.error(`Erreur : le serveur tourne sur cette base (${error.message}). Arrêtez-le, puis relancez la commande.`);
        return 1;
      }
      if (error instanceof UsageError || error instanceof BackupError || error instanceof DatabaseNewerThanCode) {
        console.error(`Erreur : ${error.message}`);
        return 1;
      }
      throw error;
    }
  }
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
