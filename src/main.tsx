// Entry point: replays edits a previous session could not save, paints the app, and asks the
// browser to keep our data.
import { render } from 'preact';
import { replayJournal, requestPersistentStorage } from './db';
import { App } from './ui/app';
import { flushOnHide } from './ui/autosave/flush-registry';
import './ui/styles.css';

async function start() {
  await replayJournal().catch(() => undefined);
  render(<App />, document.getElementById('app')!);
  flushOnHide();
  void requestPersistentStorage().catch(() => false);
}

void start();
