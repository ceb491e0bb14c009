// Detection workshops on the device: prepare one, seat companies, capture their offers and needs
// fast (each flux carries the workshop's id), run and close it. Writes go through writeSynced.
import { FluxSchema, newId, searchKey, type Direction, type Flux, type Period, type UnitCode } from '../domain';
import { WorkshopSchema, type NewWorkshop, type Workshop, type WorkshopInput, type WorkshopState } from '../domain/workshop';
import { createCompany } from './companies';
import { db } from './database';
import { addFlux } from './flux';
import { fileInPark } from './parks-reconcile';
import { updateSynced, writeSynced } from './synced-write';
import { validateRows } from './validated-read';

/** `animators`: who runs it (the person preparing it, by default), printed on its report. */
export async function createWorkshop(input: NewWorkshop, animators: string[] = []): Promise<Workshop> {
  const now = Date.now();
  const workshop = WorkshopSchema.parse({
    ...input,
    animators,
    id: newId(),
    tables: [{ id: newId(), name: 'Table 1', companyIds: [] }],
    createdAt: now,
    updatedAt: now,
    rev: 0,
    deleted: false,
  });
  await writeSynced('workshops', workshop, Object.keys(workshop));
  return workshop;
}

export async function getWorkshop(id: string): Promise<Workshop | undefined> {
  const row = await db().workshops.get(id);
  if (!row || row.deleted) return undefined;
  return WorkshopSchema.parse(row);
}

/** Applies an edit; throws a ZodError with readable messages when the result is invalid. */
export async function updateWorkshop(id: string, change: (before: Workshop) => WorkshopInput): Promise<Workshop> {
  return updateSynced<Workshop>('workshops', id, (before) =>
    WorkshopSchema.parse({ ...change(WorkshopSchema.parse(before)), id, rev: before.rev, createdAt: before.createdAt }),
  );
}

/** Closing keeps the first closing time: closing again (to add leads) changes nothing here. */
export const setWorkshopState = (id: string, state: WorkshopState) =>
  updateWorkshop(id, (w) => ({ ...w, state, ...(state === 'closed' && w.closedAt === undefined ? { closedAt: Date.now() } : {}) }));

/** Workshops of the device, newest first (a handful a year per territory: read whole). */
export async function listWorkshops(): Promise<Workshop[]> {
  const raw = await db().workshops.orderBy('date').reverse().toArray();
  return validateRows(
    WorkshopSchema,
    raw.filter((w) => !w.deleted),
  ).rows;
}

/** Seats a company (already known) at the workshop, at a table if given. */
export async function addParticipant(workshopId: string, companyId: string, tableId?: string): Promise<Workshop> {
  return updateWorkshop(workshopId, (w) => ({
    ...w,
    companyIds: w.companyIds.includes(companyId) ? w.companyIds : [...w.companyIds, companyId],
    tables: w.tables.map((t) => ({
      ...t,
      // A company sits at one table: moving it removes it from the other.
      companyIds:
        t.id === tableId
          ? [...t.companyIds.filter((c) => c !== companyId), companyId]
          : t.companyIds.filter((c) => c !== companyId || !tableId),
    })),
  }));
}

export async function removeParticipant(workshopId: string, companyId: string): Promise<Workshop> {
  return updateWorkshop(workshopId, (w) => ({
    ...w,
    companyIds: w.companyIds.filter((c) => c !== companyId),
    tables: w.tables.map((t) => ({ ...t, companyIds: t.companyIds.filter((c) => c !== companyId) })),
  }));
}

export async function addTable(workshopId: string): Promise<Workshop> {
  return updateWorkshop(workshopId, (w) => ({
    ...w,
    tables: [...w.tables, { id: newId(), name: `Table ${w.tables.length + 1}`, companyIds: [] }],
  }));
}

/** A company met at the door: a name and a park only, in the workshop's territory. */
export async function createParticipant(workshopId: string, input: { name: string; zone?: string }, tableId?: string): Promise<string> {
  const workshop = await getWorkshop(workshopId);
  if (!workshop) throw new Error('Atelier introuvable');
  const company = await createCompany(await fileInPark({ name: input.name, zone: input.zone ?? '', territoryId: workshop.territoryId }));
  await addParticipant(workshopId, company.id, tableId);
  return company.id;
}

export interface Capture {
  companyId: string;
  resourceCode: string;
  direction: Direction;
  quantity?: number;
  /** With the quantity: its unit (else the resource's own) and period (else per year). */
  unit?: UnitCode;
  period?: Period;
  /** Confidential from its first write, so no other device ever receives it shareable. */
  confidential?: boolean;
  /** A free « Autre » card: its typed words, and the LER code of an official label picked. */
  label?: string;
  wasteCode?: string;
  /** The words typed for an entry (« chutes inox »): written in a new flux's description, where its grade is read. */
  said?: string;
}

/**
 * Records what a company said at the table. Saying it twice does not make two flux: the
 * existing one (even removed) is brought back and its quantity updated.
 */
export async function captureFlux(workshopId: string, capture: Capture): Promise<Flux> {
  // Two « Autre » cards are the same card only when their words are.
  const label = capture.label?.trim() ?? '';
  const twins = (await db().flux.where('companyId').equals(capture.companyId).toArray()).filter(
    (f) =>
      f.resourceCode === capture.resourceCode &&
      f.direction === capture.direction &&
      (!label || searchKey(f.label ?? '') === searchKey(label)),
  );
  // A live copy first: reviving a removed twin would make the server fold it again.
  const same = twins.find((f) => !f.deleted) ?? twins[0];
  const quantity =
    capture.quantity !== undefined
      ? {
          quantity: capture.quantity,
          ...(capture.unit ? { unit: capture.unit } : {}),
          ...(capture.period ? { period: capture.period } : {}),
        }
      : {};
  // Saying it again confidential hides it; saying it again without the toggle never reveals it.
  const confidential = capture.confidential ? { confidential: true } : {};
  const free = label ? { label, ...(capture.wasteCode ? { wasteCode: capture.wasteCode } : {}) } : {};
  const said = capture.said?.trim() ? { description: `Dit à la table : ${capture.said.trim()}` } : {};
  if (!same)
    return addFlux(capture.companyId, capture.resourceCode, capture.direction, {
      workshopId,
      ...quantity,
      ...confidential,
      ...free,
      ...said,
    });
  const existing = FluxSchema.parse(same);
  if (!existing.deleted && capture.quantity === undefined && (existing.confidential || !capture.confidential)) return existing;
  return updateSynced<Flux>('flux', existing.id, (before) =>
    FluxSchema.parse({ ...before, ...quantity, ...confidential, deleted: false, workshopId: before.workshopId ?? workshopId }),
  );
}

/** Live flux of the workshop's companies (all of them: cards brought today and earlier visits). */
export async function fluxOfCompanies(companyIds: readonly string[]): Promise<Flux[]> {
  if (companyIds.length === 0) return [];
  const raw = await db()
    .flux.where('companyId')
    .anyOf([...companyIds])
    .toArray();
  return validateRows(
    FluxSchema,
    raw.filter((f) => !f.deleted),
  ).rows;
}
