// The implemented synergies behind « Gains réalisés »: each lead of the period in « Mise en
// œuvre » at the period's end (the same rule as the figures), with its companies, the date it was
// implemented, and its realised gains — the list a report to the Region attaches.
import { effectiveMoves } from '../followup-history';
import type { Followup } from '../followup';
import { gainValues } from './compute';
import { leadAt } from './lead-at';
import { rangeBounds, type DateRange } from './period';
import { z } from 'zod';
import { GainTotalsSchema, type GainTotals } from './report';
import { FamilySchema } from '../families';
import { SynergyKindSchema } from '../synergy';
import type { Cell, IndicatorTable } from './tables';
import { GAIN_METRIC_LABELS } from '../gains';
import { FAMILY_LABELS } from '../families';

export type ImplementedLead = Pick<Followup, 'id' | 'territoryIds' | 'createdAt' | 'status' | 'history' | 'snapshot' | 'realisedGains' | 'deleted'>;

export interface ImplementedSynergy {
  id: string;
  kind: Followup['snapshot']['kind'];
  family: Followup['snapshot']['family'];
  companies: string[];
  territoryIds: string[];
  openedAt: number;
  /** The effective move to « Mise en œuvre » (absent for a lead imported at that status). */
  implementedAt?: number;
  gains: GainTotals;
}

export function implementedSynergies(leads: readonly ImplementedLead[], range: DateRange, territoryIds: readonly string[]): ImplementedSynergy[] {
  const { startMs, endMs } = rangeBounds(range);
  const selected = new Set(territoryIds);
  return leads
    .filter((l) => !l.deleted && l.createdAt >= startMs && l.createdAt < endMs && l.territoryIds.some((t) => selected.has(t)))
    .filter((l) => leadAt(l, endMs).implemented)
    .map((l) => ({
      id: l.id,
      kind: l.snapshot.kind,
      family: l.snapshot.family,
      companies: l.snapshot.companies.map((c) => c.name),
      territoryIds: [...l.territoryIds],
      openedAt: l.createdAt,
      ...implementedAtOf(l, endMs),
      gains: gainValues(l.realisedGains),
    }))
    .sort((a, b) => (a.implementedAt ?? a.openedAt) - (b.implementedAt ?? b.openedAt) || (a.id < b.id ? -1 : 1));
}

function implementedAtOf(l: ImplementedLead, endMs: number): { implementedAt?: number } {
  const at = effectiveMoves(l.history).filter((h) => h.to === 'implemented' && h.at < endMs).at(-1)?.at;
  return at === undefined ? {} : { implementedAt: at };
}

const day = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10).split('-').reverse().join('/'));

/** The list as a table, for the page, the print and the CSV. */
export function implementedTable(list: readonly ImplementedSynergy[], names: Readonly<Record<string, string>>): IndicatorTable {
  return {
    id: 'implementedList',
    title: 'Synergies mises en œuvre : la liste',
    howCounted:
      'Pistes ouvertes dans la période et en « Mise en œuvre » à la fin de la période (d’après leur historique effectif), avec leurs entreprises, la date de mise en œuvre et leurs gains réalisés par an.',
    columns: ['Entreprises', 'Territoires', 'Famille', 'Ouverte le', 'Mise en œuvre le', GAIN_METRIC_LABELS.tonnesDiverted, GAIN_METRIC_LABELS.mwh, GAIN_METRIC_LABELS.eurSaved, GAIN_METRIC_LABELS.tco2e],
    rows: list.map((s): Cell[] => [
      s.companies.join(' · '),
      s.territoryIds.map((t) => names[t] ?? t).join(', '),
      FAMILY_LABELS[s.family],
      day(s.openedAt),
      day(s.implementedAt),
      s.gains.tonnesDiverted,
      s.gains.mwh,
      s.gains.eurSaved,
      s.gains.tco2e,
    ]),
  };
}

export const ImplementedListSchema = z.object({
  synergies: z.array(
    z.object({
      id: z.string(),
      kind: SynergyKindSchema,
      family: FamilySchema,
      companies: z.array(z.string()),
      territoryIds: z.array(z.string()),
      openedAt: z.number(),
      implementedAt: z.number().optional(),
      gains: GainTotalsSchema,
    }),
  ),
});
