// Small named records and mutations for the server tests.
import { randomUUID } from 'node:crypto';
import type { Mutation } from '../../../src/domain/sync-protocol';

let counter = 0;
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

export function company(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: uniqueId('co'),
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    rev: 0,
    deleted: false,
    name: 'Fonderie du Creusot',
    territoryId: 'cu-creusot-montceau',
    address: '12 rue des Forges',
    notes: '',
    ...overrides,
  };
}

export function flux(companyId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: uniqueId('fx'),
    companyId,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    rev: 0,
    deleted: false,
    family: 'materials',
    resourceCode: 'mat.cardboard',
    direction: 'offer',
    ...overrides,
  };
}

/** A creation: the whole record travels in the patch, baseRev 0. */
export function create(table: Mutation['table'], record: Record<string, unknown>): Mutation {
  return { mutationId: randomUUID(), table, recordId: String(record.id), op: 'upsert', patch: record, baseRev: 0, clientTime: Date.now() };
}

/** A later edit: the changed fields with updatedAt and deleted, based on `baseRev`. */
export function edit(
  table: Mutation['table'],
  recordId: string,
  baseRev: number,
  fields: Record<string, unknown>,
  op: Mutation['op'] = 'upsert',
): Mutation {
  const now = Date.now();
  return {
    mutationId: randomUUID(),
    table,
    recordId,
    op,
    patch: { deleted: op === 'delete', ...fields, updatedAt: now },
    baseRev,
    clientTime: now,
  };
}
