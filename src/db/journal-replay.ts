// Replays journaled edits into IndexedDB at start-up (the previous session ended before saving).
import { updateCompany } from './companies';
import { updateFlux } from './flux';
import { RAW, journalEntries, journalRemoveKey, type JournalEntry } from './draft-journal';
import { updateVisit } from './visits';

async function apply(entry: JournalEntry): Promise<void> {
  switch (entry.table) {
    case 'companies':
      await updateCompany(entry.id, entry.patch);
      return;
    case 'flux':
      await updateFlux(entry.id, entry.patch);
      return;
    case 'visits':
      await updateVisit(entry.id, entry.patch);
  }
}

/** Returns how many entries were saved and how many could not be (kept for the form to show). */
export async function replayJournal(): Promise<{ saved: number; kept: number }> {
  let saved = 0;
  let kept = 0;
  for (const { key, entry } of journalEntries()) {
    if (RAW in entry.patch) {
      kept++;
      continue;
    }
    try {
      await apply(entry);
      journalRemoveKey(key);
      saved++;
    } catch {
      // Invalid (e.g. a half-typed SIRET) or record gone: keep it, the form will show it.
      kept++;
    }
  }
  return { saved, kept };
}
