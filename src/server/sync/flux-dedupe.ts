// Cards never double: the same card (company, direction, resource — and label for an « Autre »
// entry) captured at a workshop on two devices, one of them offline, arrives twice. The server
// keeps the flux it already had, folds the newcomer's quantity into it (visibly, when the two
// differ) and stores the newcomer as a tombstone, so every device ends with one flux.
import { formatQuantity, type Flux } from '../../domain';
import type { SqlRunner } from '../store/sql';
import { mergeMutation } from './merge';
import { saveRecord, takeRevs, type RecordRow } from './records-repo';

type Data = Record<string, unknown>;

const norm = (v: unknown) => (typeof v === 'string' ? v.trim().toLocaleLowerCase('fr') : '');

/** Same card: company, direction, resource, and the free label (only « Autre » entries have one). */
export function sameCard(a: Data, b: Data): boolean {
  return a.companyId === b.companyId && a.direction === b.direction && a.resourceCode === b.resourceCode && norm(a.label) === norm(b.label);
}

const quantityOf = (d: Data) =>
  typeof d.quantity === 'number' ? formatQuantity(d.quantity, d.unit as Flux['unit'] & string, d.period as Flux['period']) : undefined;

/**
 * What the kept flux takes from its twin: a quantity it lacked; a different quantity as a line of
 * its description (nobody's figure silently lost); confidentiality (if either said so, it is).
 */
export function reconcile(kept: Data, twin: Data): Data {
  const patch: Data = {};
  const mine = quantityOf(kept);
  const theirs = quantityOf(twin);
  if (theirs !== undefined && mine === undefined) {
    patch.quantity = twin.quantity;
    if (twin.unit !== undefined) patch.unit = twin.unit;
    if (twin.period !== undefined) patch.period = twin.period;
  } else if (theirs !== undefined && theirs !== mine) {
    const line = `Quantité notée aussi sur un autre appareil : ${theirs}.`;
    const description = typeof kept.description === 'string' ? kept.description : '';
    if (!description.includes(line)) patch.description = description ? `${description}\n${line}` : line;
  }
  if (twin.confidential === true && kept.confidential !== true) patch.confidential = true;
  if (kept.workshopId === undefined && typeof twin.workshopId === 'string') patch.workshopId = twin.workshopId;
  return patch;
}

/** The live flux of the same card already on the server, oldest first; undefined when none. */
async function findTwin(tx: SqlRunner, data: Data): Promise<RecordRow | undefined> {
  const rows = await tx.query<{
    rev: number;
    territory_id: string;
    company_id: string | null;
    data: Data;
    field_revs: RecordRow['fieldRevs'];
  }>(
    `SELECT rev, territory_id, company_id, data, field_revs FROM records
     WHERE tbl = 'flux' AND company_id = $1 AND NOT deleted AND id <> $2
       AND data->>'direction' = $3 AND data->>'resourceCode' = $4
     ORDER BY (data->>'createdAt')::bigint, id`,
    [data.companyId, data.id, data.direction, data.resourceCode],
  );
  const row = rows.find((r) => sameCard(r.data, data));
  return (
    row && {
      rev: Number(row.rev),
      territoryId: row.territory_id,
      companyId: row.company_id,
      data: { ...row.data, rev: Number(row.rev) },
      fieldRevs: row.field_revs,
    }
  );
}

/**
 * Called for a flux that becomes live on the server (new, or revived). When it was captured at a
 * workshop and its twin is already live, the twin takes what it brings and the newcomer is
 * returned as a tombstone to store instead; otherwise undefined (store it as it is).
 */
export async function foldTwin(tx: SqlRunner, incoming: Data, clientId: string): Promise<{ tombstone: Data; twin: RecordRow } | undefined> {
  if (typeof incoming.workshopId !== 'string' || incoming.deleted === true) return undefined;
  const twin = await findTwin(tx, incoming);
  if (!twin) return undefined;
  const patch = reconcile(twin.data, incoming);
  let kept = twin;
  if (Object.keys(patch).length > 0) {
    const [rev] = await takeRevs(tx, 1);
    const merged = mergeMutation({
      current: twin,
      recordId: String(twin.data.id),
      op: 'upsert',
      patch: { ...patch, updatedAt: Math.max(Number(twin.data.updatedAt) || 0, Number(incoming.updatedAt) || 0) },
      baseRev: twin.rev,
      clientId,
      newRev: rev!,
    });
    kept = { ...twin, data: { ...merged.data, rev }, rev: rev!, fieldRevs: merged.fieldRevs };
    await saveRecord(tx, 'flux', kept);
  }
  return {
    tombstone: { ...incoming, deleted: true, description: `Doublon de ${String(twin.data.id)}, regroupé par le serveur.` },
    twin: kept,
  };
}
