// Tells listeners which companies a committed write touched (the company itself or one of its
// flux), read from the write requests themselves. Dexie's table hooks, used before, made every
// write read each record back first, which doubled the cost of a first sync's pages.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { bumpDataRevision } from './data-revision';

export type CompanyWritesListener = (companyIds: ReadonlySet<string>) => void;

type Row = { id?: unknown; companyId?: unknown };

const asIds = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string');

/** The rows a delete is about to remove: only deletes read (they are rare; a tombstone is a put). */
async function removedRows(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Row[]> {
  if (req.type === 'delete') return ((await table.getMany({ trans: req.trans, keys: req.keys })) as Row[]).filter(Boolean);
  if (req.type === 'deleteRange') {
    const found = await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
    return found.result as Row[];
  }
  return [];
}

/**
 * Registered once per database (before it opens). Listeners hear each transaction once, after it
 * committed; an aborted transaction says nothing. Every write to a table the matcher reads first
 * moves the database's change token (data-revision.ts), listeners or not.
 */
export function companyWritesMiddleware(listeners: ReadonlySet<CompanyWritesListener>, database: string): Middleware<DBCore> {
  const touched = new WeakMap<DBCoreTransaction, Set<string>>();
  const note = (trans: DBCoreTransaction, ids: string[]) => {
    if (ids.length === 0) return;
    let set = touched.get(trans);
    if (!set) {
      const fresh = new Set<string>();
      set = fresh;
      touched.set(trans, fresh);
      // The core transaction of IndexedDB is the IDBTransaction itself.
      (trans as unknown as IDBTransaction).addEventListener('complete', () => {
        for (const listener of [...listeners]) listener(fresh);
      });
    }
    for (const id of ids) set.add(id);
  };
  return {
    stack: 'dbcore',
    name: 'CompanyWrites',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        // Parks too: their centres place the companies that have no position of their own.
        if (name !== 'companies' && name !== 'flux' && name !== 'parks') return table;
        const idsOf = (rows: Row[]) => asIds(rows.map((r) => (name === 'companies' ? r.id : r.companyId)));
        return {
          ...table,
          mutate: (req) => {
            bumpDataRevision(database);
            if (listeners.size === 0 || name === 'parks') return table.mutate(req);
            if (req.type === 'add' || req.type === 'put') {
              note(req.trans, name === 'companies' && req.keys ? asIds(req.keys) : idsOf(req.values as Row[]));
              return table.mutate(req);
            }
            if (name === 'companies' && req.type === 'delete') {
              note(req.trans, asIds(req.keys));
              return table.mutate(req);
            }
            return removedRows(table, req).then((rows) => {
              note(req.trans, idsOf(rows));
              return table.mutate(req);
            });
          },
        };
      },
    }),
  };
}
