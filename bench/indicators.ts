// `npm run bench:indicators`: the indicators at a region's size — 5,000 companies, 20,000 flux,
// 10,000 visits, 2,000 leads with their histories, 100 workshops — one year, every territory.
// Prints the device page in Chromium (opening « Indicateurs » to its figures on screen), the
// device's validation and computation in Node, and the server's route on PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompanySchema, FluxSchema, FollowupSchema, VisitSchema } from '../src/domain';
import {
  computeIndicators,
  IndicatorCompanySchema,
  IndicatorFluxSchema,
  IndicatorLeadSchema,
  IndicatorVisitSchema,
  IndicatorWorkshopSchema,
} from '../src/domain/indicators';
import { validateRows } from '../src/db/validated-read';
import { serverReport } from '../src/server/indicators/server-report';
import { openStore } from '../src/server/store/open-store';
import { companies, flux, leads, T, visits, workshops } from './indicators-data';
import { measureIndicatorsPage } from './indicators-page';

/** Wall time, and this process's CPU time (PGlite runs in it): the latter is less swayed by a busy machine. */
const time = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(44)} ${Math.round(performance.now() - start)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms)`);
  return value;
};

const range = { from: '2025-01-01', to: '2025-12-31' };
if (!process.argv.includes('--no-browser')) {
  const page = await measureIndicatorsPage();
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `${'device page (Chromium): one year, all territories'.padEnd(44)} ${ms(page.year)} (first opening ${ms(page.yearFirst)}; main thread busy ${ms(page.yearBusy)})`,
  );
  console.log(`${'  main thread CPU: first opening, reopened'.padEnd(44)} ${ms(page.yearFirstCpu)}, ${ms(page.yearCpu)}`);
  console.log(
    `${'device page (Chromium): a quarter, one territory'.padEnd(44)} ${ms(page.quarterTerritory)} (main thread busy ${ms(page.quarterBusy)})`,
  );
  console.log(`  counted: ${page.total} — ${page.source}`);
}
await time('device: whole records validated (before)', () => {
  validateRows(CompanySchema, companies);
  validateRows(FluxSchema, flux);
  validateRows(VisitSchema, visits);
  validateRows(FollowupSchema, leads);
});
await time('device: fields counted validated (now)', () => {
  validateRows(IndicatorCompanySchema, companies);
  validateRows(IndicatorFluxSchema, flux);
  validateRows(IndicatorVisitSchema, visits);
  validateRows(IndicatorLeadSchema, leads);
  validateRows(IndicatorWorkshopSchema, workshops);
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
    workshops,
    followups: leads,
    activity: [],
  }),
);

if (!process.argv.includes('--no-server')) await serverRoute();

/** The server's report on PGlite, the records loaded as sync stores them. */
async function serverRoute(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-indicators-'));
  const sql = await openStore({ DATA_DIR: dir });
  try {
    const territoryOf = new Map(companies.map((c) => [c.id, c.territoryId]));
    const rows: [string, { id: string }, string, string | null][] = [
      ...companies.map((c) => ['companies', c, c.territoryId, null] as [string, { id: string }, string, null]),
      ...flux.map((f) => ['flux', f, territoryOf.get(f.companyId)!, f.companyId] as [string, { id: string }, string, string]),
      ...visits.map((v) => ['visits', v, territoryOf.get(v.companyId)!, v.companyId] as [string, { id: string }, string, string]),
      ...leads.map((l) => ['followups', l, l.territoryIds[0]!, null] as [string, { id: string }, string, null]),
      ...workshops.map((w) => ['workshops', w, w.territoryId, null] as [string, { id: string }, string, null]),
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
}
