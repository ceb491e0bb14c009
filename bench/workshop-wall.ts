// The projector's share of a workshop at 40 companies (part of npm run bench:workshop): for each new
// card, what the matching worker does (update the company) and what the wall asks it (the whole
// room in one query), then the room rule and picture — timed, and the worker messages counted.
import { performance } from 'node:perf_hooks';
import { CompanySchema, FluxSchema, type Flux } from '../src/domain';
import type { Workshop } from '../src/domain/workshop';
import type { SynergiesDB } from '../src/db/database';
import { validateRows } from '../src/db/validated-read';
import { MatchEngine } from '../src/matching/engine';
import { HeldSynergies } from '../src/matching/held-synergies';
import { MAX_QUERY_LIMIT } from '../src/matching/protocol';
import { roomView } from '../src/ui/workshops/room-view';

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function wallBench(database: SynergiesDB, workshop: Workshop): Promise<void> {
  const companies = validateRows(CompanySchema, await database.companies.toArray()).rows;
  const flux = validateRows(
    FluxSchema,
    (await database.flux.toArray()).filter((f) => !f.deleted),
  ).rows;
  // The last card of each company arrives during the workshop, one at a time; the rest is known.
  const lastOf = new Map<string, Flux>();
  for (const f of flux) if ((lastOf.get(f.companyId)?.createdAt ?? -1) <= f.createdAt) lastOf.set(f.companyId, f);
  const arriving = new Set([...lastOf.values()].map((f) => f.id));
  const known = flux.filter((f) => !arriving.has(f.id));
  const now = Date.now();
  const engine = new MatchEngine({ topN: 5, now });
  engine.load({ companies, flux: known });
  const held = HeldSynergies.fromRun(engine.snapshot(now));
  const participants = companies.filter((c) => workshop.companyIds.includes(c.id));
  let current = [...known];
  const latencies: number[] = [];
  let messages = 0;
  let shown = 0;
  for (const card of lastOf.values()) {
    const t0 = performance.now();
    current = [...current, card];
    const company = companies.find((c) => c.id === card.companyId);
    // Message 1: the tablet's card reaches the matcher (update-company).
    held.apply(
      engine.updateCompany(
        card.companyId,
        company,
        current.filter((f) => f.companyId === card.companyId),
        now,
      ),
    );
    messages++;
    // Message 2: the projector asks for its whole room at once (query {amongCompanyIds}).
    const page = held.query({ amongCompanyIds: workshop.companyIds, limit: MAX_QUERY_LIMIT });
    messages++;
    shown = roomView(participants, current, page.items, workshop).synergies.length;
    latencies.push(performance.now() - t0);
  }
  latencies.sort((a, b) => a - b);
  const cards = latencies.length;
  console.log(
    `Mur de l’atelier : ${participants.length} entreprises, ${cards} cartes arrivées une à une, ${shown} synergies au mur à la fin`,
  );
  console.log(
    `  latence du mur par carte (calcul, hors réseau et rendu) : médiane ${pct(latencies, 0.5).toFixed(1)} ms, p95 ${pct(latencies, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `  messages au moteur par carte : ${(messages / cards).toFixed(0)} (une mise à jour + une requête pour toute la salle ; ${1 + participants.length} en demandant entreprise par entreprise)`,
  );
}
