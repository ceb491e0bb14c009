// The last flux import of this device's database, kept (idb-keyval) so « Annuler l'import » is
// still offered after the page is left or reloaded. One per database: accounts never undo each other's.
import { del, get, set } from 'idb-keyval';
import { db } from '../db/database';
import { importStore } from './flux-mapping-store';
import type { FluxImportJournal } from './flux-import';

export interface LastFluxImport {
  fileName: string;
  at: number;
  created: number;
  updated: number;
  journal: FluxImportJournal;
}

const key = () => `last-import:${db().name}`;

export async function readLastImport(): Promise<LastFluxImport | undefined> {
  try {
    const saved = await get<LastFluxImport>(key(), importStore());
    return saved && Array.isArray(saved.journal?.fluxIds) ? saved : undefined;
  } catch {
    return undefined;
  }
}

export async function saveLastImport(last: LastFluxImport): Promise<void> {
  try {
    await set(key(), last, importStore());
  } catch {
    // Storage refused: the undo stays offered on the report until the page is left.
  }
}

export async function forgetLastImport(): Promise<void> {
  try {
    await del(key(), importStore());
  } catch {
    // Nothing to forget.
  }
}
