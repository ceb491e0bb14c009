// Entry point: replays edits a previous session could not save, paints the app, and asks the
// browser to keep our data.
import { render } from 'preact';
import { requestPersistentStorage } from './db/persistence';
import { App } from './ui/app';
import { flushOnHide } from './ui/autosave/flush-registry';
import './ui/styles.css';

async function start() {
  // Its schemas (flux, taxonomy) load as a chunk of their own, precached: the shell stays small.
  await import('./db/journal-replay').then((m) => m.replayJournal()).catch(() => undefined);
  const root = document.getElementById('app')!;
  root.textContent = ''; // drop the boot message painted by index.html
  render(<App />, root);
  flushOnHide();
  void requestPersistentStorage().catch(() => false);
  // Sync is not needed to paint: its code loads after the shell.
  void import('./sync').then((m) => m.startSync());
  // Synergies follow the flux live (workshops): the matcher starts after first paint too.
  void import('./matching/auto-rematch').then((m) => m.startAutoRematch());
}

void start();
