// Runs a scenario on the engine and on the all-pairs reference, checks they agree and that every
// record is valid, and returns the synergies.
import { expect } from 'vitest';
import { SynergySchema, type Company, type Flux } from '../../../src/domain';
import { MatchEngine } from '../../../src/matching/engine';
import { referenceMatch } from '../../../src/matching/reference';

export const options = { topN: 10, now: 1_700_000_000_000 };

export function match(companies: Company[], fluxes: Flux[]) {
  const engine = new MatchEngine(options);
  engine.load({ companies, flux: fluxes });
  const synergies = engine.synergies();
  expect(referenceMatch({ companies, flux: fluxes }, options)).toEqual(synergies);
  for (const s of synergies) expect(SynergySchema.safeParse(s).success).toBe(true);
  return synergies;
}
