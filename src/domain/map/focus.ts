// What the maps embedded in a company's page and a follow-up's page show: the company and the
// partners of its synergies; the follow-up's companies and its synergy's line — the matcher's
// current one while it still proposes it, else the snapshot taken at the decision.
import type { Synergy } from '../synergy';
import type { SynergySnapshot } from '../followup';
import type { MapLine } from './map-lines';

/** The companies to read for a map of these lines: `first` (the page's company) first, each once. */
export function companiesOfLines(lines: readonly Pick<MapLine, 'companyIds'>[], first?: string): string[] {
  const ids = new Set<string>(first ? [first] : []);
  for (const line of lines) for (const id of line.companyIds) ids.add(id);
  return [...ids];
}

/**
 * A follow-up as the line the map draws. A group's members may have changed since the decision
 * (the current synergy says who is in it now); a synergy no longer proposed is drawn as it was.
 */
export function followupLine(
  followup: { synergyId: string; snapshot: Pick<SynergySnapshot, 'kind' | 'family' | 'score' | 'companies'> },
  current?: Pick<Synergy, 'id' | 'kind' | 'family' | 'score' | 'companyIds'>,
): MapLine {
  if (current) return { id: current.id, kind: current.kind, family: current.family, score: current.score, companyIds: current.companyIds };
  const { kind, family, score, companies } = followup.snapshot;
  return { id: followup.synergyId, kind, family, score: score ?? 0, companyIds: companies.map((c) => c.id) };
}
