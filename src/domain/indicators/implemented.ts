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
import { LER_CHAPTERS } from '../ler/list';
import { findResource } from '../taxonomy';
import type { Cell, IndicatorTable } from './tables';
import { GAIN_METRIC_LABELS } from '../gains';
import { FAMILY_LABELS } from '../families';

export type ImplementedLead = Pick<
  Followup,
  'id' | 'territoryIds' | 'createdAt' | 'status' | 'history' | 'snapshot' | 'realisedGains' | 'deleted'
>;

export interface ImplementedSynergy {
  id: string;
  kind: Followup['snapshot']['kind'];
  family: Followup['snapshot']['family'];
  companies: string[];
  territoryIds: string[];
  openedAt: number;
  /** The effective move to « Mise en œuvre » (absent for a lead imported at that status). */
  implementedAt?: number;
  /** The LER chapter (« 03 ») of its first resource's waste code; absent for what is no waste (heat, skills…). */
  wasteChapter?: string;
  gains: GainTotals;
}

/** « 12 01 01 » → « 12 »: the chapter of the vocabulary entry's waste code. */
function wasteChapterOf(codes: readonly string[]): { wasteChapter?: string } {
  const code = codes.map((c) => findResource(c)?.wasteCode).find((w) => w !== undefined);
  return code ? { wasteChapter: code.slice(0, 2) } : {};
}

export function implementedSynergies(
  leads: readonly ImplementedLead[],
  range: DateRange,
  territoryIds: readonly string[],
): ImplementedSynergy[] {
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
      ...wasteChapterOf(l.snapshot.resourceCodes),
      gains: gainValues(l.realisedGains),
    }))
    .sort((a, b) => (a.implementedAt ?? a.openedAt) - (b.implementedAt ?? b.openedAt) || (a.id < b.id ? -1 : 1));
}

function implementedAtOf(l: ImplementedLead, endMs: number): { implementedAt?: number } {
  const at = effectiveMoves(l.history)
    .filter((h) => h.to === 'implemented' && h.at < endMs)
    .at(-1)?.at;
  return at === undefined ? {} : { implementedAt: at };
}

const day = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10).split('-').reverse().join('/');

/** The list as a table, for the page, the print and the CSV. */
export function implementedTable(list: readonly ImplementedSynergy[], names: Readonly<Record<string, string>>): IndicatorTable {
  return {
    id: 'implementedList',
    title: 'Synergies mises en œuvre : la liste',
    howCounted:
      'Pistes ouvertes dans la période et en « Mise en œuvre » à la fin de la période (d’après leur historique effectif), avec leurs entreprises, la date de mise en œuvre et leurs gains réalisés par an.',
    columns: [
      'Entreprises',
      'Territoires',
      'Famille',
      'Ouverte le',
      'Mise en œuvre le',
      GAIN_METRIC_LABELS.tonnesDiverted,
      GAIN_METRIC_LABELS.mwh,
      GAIN_METRIC_LABELS.eurSaved,
      GAIN_METRIC_LABELS.tco2e,
    ],
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
      wasteChapter: z.string().max(2).optional(),
      gains: GainTotalsSchema,
    }),
  ),
});

const chapterLabel = (chapter: string) => {
  const name = LER_CHAPTERS[chapter];
  return name ? `Chapitre ${chapter} — ${name.charAt(0)}${name.slice(1).toLowerCase()}` : `Chapitre ${chapter}`;
};

/** Tonnes, MWh and t CO2e of the implemented synergies, by waste category (LER chapter) then by family. */
export function gainsByCategoryTable(list: readonly ImplementedSynergy[]): IndicatorTable {
  const groups = new Map<string, GainTotals>();
  const add = (key: string, g: GainTotals) => {
    const into = groups.get(key) ?? { ...g, tonnesDiverted: 0, mwh: 0, tco2e: 0 };
    into.tonnesDiverted += g.tonnesDiverted;
    into.mwh += g.mwh;
    into.tco2e += g.tco2e;
    groups.set(key, into);
  };
  for (const s of list) {
    add(s.wasteChapter ? chapterLabel(s.wasteChapter) : 'Hors déchets (sans code LER)', s.gains);
    add(`Famille : ${FAMILY_LABELS[s.family]}`, s.gains);
  }
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const keys = [...groups.keys()].sort((a, b) =>
    a.startsWith('Famille') === b.startsWith('Famille') ? a.localeCompare(b, 'fr') : a.startsWith('Famille') ? 1 : -1,
  );
  return {
    id: 'gainsByCategory',
    title: 'Tonnes et MWh évités par catégorie de déchet et par famille',
    howCounted:
      'Gains réalisés (par an) des synergies mises en œuvre de la liste, regroupés par chapitre de la liste européenne des déchets (LER) du code déchet de leur ressource, puis par famille ; chaque synergie compte une fois dans chaque regroupement.',
    columns: ['Catégorie', GAIN_METRIC_LABELS.tonnesDiverted, GAIN_METRIC_LABELS.mwh, GAIN_METRIC_LABELS.tco2e],
    rows: keys.map((k) => {
      const g = groups.get(k)!;
      return [k, round(g.tonnesDiverted), round(g.mwh), round(g.tco2e)];
    }),
  };
}
