// The taxonomy: every resource type a flux can refer to, and lookups on it.
import type { Family } from '../families';
import { ENERGY } from './energy';
import { LOGISTICS } from './logistics';
import { MATERIALS } from './materials';
import { SKILLS } from './skills';
import type { ResourceType } from './types';
import { WATER } from './water';

export * from './types';
export * from './recovery-labels';
export * from './grades';
export * from './grade-text';
export * from './label-match';
export * from './ler-entries';

export const TAXONOMY: readonly ResourceType[] = [...ENERGY, ...WATER, ...MATERIALS, ...LOGISTICS, ...SKILLS];

const BY_CODE = new Map(TAXONOMY.map((r) => [r.code, r]));

export function findResource(code: string): ResourceType | undefined {
  return BY_CODE.get(code);
}

export function getResource(code: string): ResourceType {
  const r = BY_CODE.get(code);
  if (!r) throw new Error(`Ressource inconnue : ${code}`);
  return r;
}

export function resourcesOfFamily(family: Family): ResourceType[] {
  return TAXONOMY.filter((r) => r.family === family);
}

/** Need codes an offer of `code` can feed: itself plus its declared compatibilities. */
export function feedableNeeds(code: string): string[] {
  const r = BY_CODE.get(code);
  return r ? [r.code, ...r.feeds] : [];
}
