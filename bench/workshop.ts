// Benchmark of capture at a workshop table (npm run bench:workshop): 40 companies × 10 flux entered
// through the capture screen's logic — the word typed is searched in the taxonomy (synonyms,
// accents ignored), the first suggestion recorded with the workshop as provenance — on
// fake-indexeddb in Node. Prints the time per flux (search + write + outbox entry), then the wall's
// latency and worker messages per card (bench/workshop-wall.ts). The browser adds rendering and
// real IndexedDB, which tests/e2e/workshop.spec.ts and workshop-wall.spec.ts exercise.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { searchResources } from '../src/domain/resource-search';
import { SynergiesDB, useDatabase } from '../src/db/database';
import { captureFlux, createParticipant, createWorkshop, getWorkshop } from '../src/db/workshops';
import { wallBench } from './workshop-wall';

const COMPANIES = 40;
// What people say at a table, as an animator would type it.
const WORDS = ['carton', 'pal', 'sst', 'elec', 'd3e', 'recrut', 'covoit', 'biodechet', 'chaleur', 'ferraille', 'gaz', 'caces'];

const database = new SynergiesDB('bench-workshop');
useDatabase(database);
await database.open();

const workshop = await createWorkshop({ title: 'Atelier de détection', date: '2026-11-24', territoryId: 'dijon-metropole', place: '' });
const timings: number[] = [];
let companyTime = 0;
for (let c = 0; c < COMPANIES; c++) {
  const t0 = performance.now();
  const companyId = await createParticipant(workshop.id, { name: `Entreprise ${c + 1}`, zone: `Parc ${c % 3}` });
  companyTime += performance.now() - t0;
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    const word = WORDS[(c + i) % WORDS.length]!;
    const resource = searchResources(word)[0];
    if (!resource) throw new Error(`Aucune ressource pour « ${word} »`);
    const direction = resource.directions.includes(i % 2 === 0 ? 'offer' : 'need')
      ? i % 2 === 0
        ? 'offer'
        : 'need'
      : resource.directions[0]!;
    await captureFlux(workshop.id, { companyId, resourceCode: resource.code, direction, quantity: i % 3 === 0 ? 10 : undefined });
    timings.push(performance.now() - start);
  }
}
timings.sort((a, b) => a - b);
const total = timings.reduce((s, t) => s + t, 0);
const fluxCount = await database.flux.count();
console.log(`Atelier : ${COMPANIES} entreprises, ${fluxCount} flux distincts saisis (${timings.length} saisies)`);
console.log(
  `  par flux : médiane ${timings[timings.length >> 1]!.toFixed(2)} ms, p95 ${timings[Math.floor(timings.length * 0.95)]!.toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms`,
);
console.log(`  par entreprise créée sur place : ${(companyTime / COMPANIES).toFixed(2)} ms`);
console.log(`  total : ${(total + companyTime).toFixed(0)} ms (logique seule ; l’animateur tape, le code ne l’attend pas)`);
await wallBench(database, (await getWorkshop(workshop.id))!);
