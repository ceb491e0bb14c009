// `npm run bench:indicators`: the indicators at a region's size — 5,000 companies, 20,000 flux,
// 10,000 visits, 2,000 leads with their histories — one year, every territory. Prints the device's
// validation (what reading IndexedDB costs on top) and computation, and the server's route on PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompanySchema,
  FluxSchema,
  FollowupSchema,
  VisitSchema,
  DEFAULT_TERRITORIES,
  type Company,
  type Flux,
  type Followup,
  type Visit,
} from '../src/domain';
import { computeIndicators } from '../src/domain/indicators';
import { validateRows } from '../src/db/validated-read';
import { serverReport } from '../src/server/indicators/server-report';
import { openStore } from '../src/server/store/open-store';

const SIZE = { companies: 5000, flux: 20000, visits: 10000, leads: 2000 };
const T = DEFAULT_TERRITORIES.map((t) => t.id);
const at = (day: number) => Date.UTC(2025, 0, 1) + day * 86_400_000 + 43_200_000;
const meta = (id: string, created: number) => ({ id, createdAt: created, updatedAt: created, rev: 0, deleted: false });
const CODES = ['mat.cardboard', 'mat.wood-offcuts', 'nrj.waste-heat', 'mat.wood-raw', 'log.forklift'];
const FAMILY = { mat: 'materials', nrj: 'energy', log: 'logistics' } as const;

const companies: Company[] = Array.from({ length: SIZE.companies }, (_, i) =>
  CompanySchema.parse({ ...meta(`c${i}`, at(i % 365)), name: `Entreprise ${i}`, territoryId: T[i % T.length], consent: i % 3 === 0 }),
);
const flux: Flux[] = Array.from({ length: SIZE.flux }, (_, i) => {
  const code = CODES[i % CODES.length]!;
  return FluxSchema.parse({
    ...meta(`f${i}`, at(i % 365)),
    companyId: `c${i % SIZE.companies}`,
    resourceCode: code,
    family: FAMILY[code.split('.')[0] as keyof typeof FAMILY],
    direction: i % 2 ? 'offer' : 'need',
  });
});
const visits: Visit[] = Array.from({ length: SIZE.visits }, (_, i) =>
  VisitSchema.parse({
    ...meta(`v${i}`, at(i % 365)),
    companyId: `c${i % SIZE.companies}`,
    date: new Date(at(i % 365)).toISOString().slice(0, 10),
  }),
);
const STEPS = ['proposed', 'retained', 'connected', 'studying', 'implemented'] as const;
const leads: Followup[] = Array.from({ length: SIZE.leads }, (_, i) => {
  const day = i % 300;
  const n = 1 + (i % STEPS.length);
  const history = STEPS.slice(0, n).map((to, k) => ({
    id: `L${i}-h${k}`,
    at: at(day + k * 10),
    by: 'u',
    from: k === 0 ? null : STEPS[k - 1]!,
    to,
  }));
  const t = T[i % T.length]!;
  return FollowupSchema.parse({
    ...meta(`L${i}`, at(day)),
    synergyId: `sub:L${i}`,
    territoryIds: [t],
    status: STEPS[n - 1],
    history,
    snapshot: {
      kind: 'substitution',
      family: 'materials',
      resourceCodes: ['mat.cardboard'],
      companies: [{ id: `c${i}`, name: 'E', territoryId: t }],
    },
    expectedGains: { tonnesDiverted: i % 7 },
    realisedGains: { tonnesDiverted: i % 5 },
  });
});

const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await run();
  console.log(`${label.padEnd(44)} ${Math.round(performance.now() - start)} ms`);
  return value;
};

const range = { from: '2025-01-01', to: '2025-12-31' };
await time('device: validation of every record (zod)', () => {
  validateRows(CompanySchema, companies);
  validateRows(FluxSchema, flux);
  validateRows(VisitSchema, visits);
  validateRows(FollowupSchema, leads);
});
await time('device: computation (one year, all territories)', () =>
  computeIndicators({
    range,
    territoryIds: T,
    programme: false,
    source: 'device',
    accountsKnown: false,
    companies,
    visits,
    flux,
    workshops: [],
    followups: leads,
    activity: [],
  }),
);

const dir = mkdtempSync(join(tmpdir(), 'bench-indicators-'));
const sql = await openStore({ DATA_DIR: dir });
try {
  const territoryOf = new Map(companies.map((c) => [c.id, c.territoryId]));
  const rows: [string, { id: string }, string, string | null][] = [
    ...companies.map((c) => ['companies', c, c.territoryId, null] as [string, { id: string }, string, null]),
    ...flux.map((f) => ['flux', f, territoryOf.get(f.companyId)!, f.companyId] as [string, { id: string }, string, string]),
    ...visits.map((v) => ['visits', v, territoryOf.get(v.companyId)!, v.companyId] as [string, { id: string }, string, string]),
    ...leads.map((l) => ['followups', l, l.territoryIds[0]!, null] as [string, { id: string }, string, null]),
  ];
  await time('server: loading the records into PGlite', async () => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await sql.query(
        `INSERT INTO records (tbl, id, rev, territory_id, company_id, deleted, data, field_revs)
         SELECT x->>0, x->>1, nextval('change_rev'), x->>2, x->>3, false, x->4, '{}'::jsonb FROM jsonb_array_elements($1::jsonb) x`,
        [JSON.stringify(chunk.map(([tbl, d, t, c]) => [tbl, d.id, t, c, d]))],
      );
    }
  });
  await time('server: report, first run', () => serverReport(sql, { range, territoryIds: T, programme: true }));
  await time('server: report, second run', () => serverReport(sql, { range, territoryIds: T, programme: true }));
} finally {
  await sql.close();
  rmSync(dir, { recursive: true, force: true });
}
