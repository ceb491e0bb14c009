// Importing companies from a spreadsheet: good lines kept, bad ones reported with their line and reason.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { createCompany, listCompanies } from '../../../src/db/companies';
import { exportCompaniesCsv, importCompanies, previewCompanyImport } from '../../../src/exchange';
import { BURGUNDY_COMPANIES, FONDERIE, SPARE_SIRET } from '../../fixtures/companies';
import { freshDatabase } from '../../fixtures/exchange/database';

beforeEach(async () => {
  await freshDatabase();
});

const HEADER = 'Raison sociale;SIRET;Code NAF;Effectif;Latitude;Longitude;Territoire;E-mail';

/** A file as an advisor would bring it: good and bad lines mixed, CRLF, BOM. */
const MIXED = [
  HEADER,
  `Fonderie du Creusot;412 345 678 00012;2451Z;50-249;46,8012;4,4235;CU Creusot-Montceau;m.durand@fonderie-creusot.fr`,
  `Scierie mauvaise clé;41234567800013;;;;;Dijon métropole;`,
  `;${SPARE_SIRET};;;;;Dijon métropole;`,
  `Garage de Paris;;;;;;Paris;`,
  `Cartonnerie du Pôle;;17.21A;10 à 49 salariés;200;5,04;dijon metropole;`,
  ``,
  `"Menuiserie ""Bois ; Cie""";;;12;47,32;5,04;cu-creusot-montceau;`,
].join('\r\n');

describe('previewCompanyImport', () => {
  it('reports each line with its spreadsheet line number, and writes nothing', async () => {
    const report = await previewCompanyImport('\uFEFF' + MIXED);
    expect(report.fileError).toBeUndefined();
    expect(report.rows.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [8, true],
    ]);
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(3)!.errors).toEqual(['SIRET invalide : clé de contrôle incorrecte (vérifiez la saisie)']);
    expect(byRow.get(4)!.errors).toEqual(['Raison sociale requise']);
    expect(byRow.get(5)!.errors).toEqual(['Territoire : territoire inconnu « Paris »']);
    expect(byRow.get(6)!.errors).toEqual(['Latitude invalide : entre -90 et 90']);
    expect(byRow.get(8)!.name).toBe('Menuiserie "Bois ; Cie"');
    expect([report.accepted, report.rejected]).toEqual([2, 4]);
    expect(await db().companies.count()).toBe(0);
    expect(await db().outbox.count()).toBe(0);
  });
});

describe('importCompanies', () => {
  it('stores the good lines through createCompany, so they are queued for sync', async () => {
    const result = await importCompanies(MIXED);
    expect(result.createdIds).toHaveLength(2);
    const { companies } = await listCompanies();
    expect(companies.map((c) => [c.name, c.siret, c.naf, c.headcount, c.territoryId, c.location])).toEqual([
      ['Fonderie du Creusot', '41234567800012', '24.51Z', '50-249', 'cu-creusot-montceau', { lat: 46.8012, lon: 4.4235 }],
      ['Menuiserie "Bois ; Cie"', '', '', '10-49', 'cu-creusot-montceau', { lat: 47.32, lon: 5.04 }],
    ]);
    const outbox = await db().outbox.toArray();
    expect(outbox.map((e) => e.recordId).sort()).toEqual([...result.createdIds].sort());
  });

  it('rejects a SIRET already in the base or earlier in the file, naming where', async () => {
    await createCompany(FONDERIE);
    const text = [
      'Nom,Siret,Territoire',
      'Fonderie bis,41234567800012,CU Creusot-Montceau',
      `Nouvelle usine,${SPARE_SIRET},Dijon métropole`,
      `Nouvelle usine (doublon),${SPARE_SIRET.replace(/^(\d{3})/, '$1 ')},Dijon métropole`,
    ].join('\n');
    const result = await importCompanies(text);
    expect(result.rows.map((r) => [r.row, r.ok, r.errors])).toEqual([
      [2, false, ['SIRET : déjà présent dans la base (Fonderie du Creusot), ligne ignorée']],
      [3, true, []],
      [4, false, ['SIRET : en double dans le fichier (déjà ligne 3), ligne ignorée']],
    ]);
    expect(await db().companies.count()).toBe(2);
  });

  it('finds a company without SIRET again by name and postcode, so re-importing a file adds nothing', async () => {
    const text = [
      'Raison sociale;Adresse;Territoire',
      'Garage Martin;3 rue Haute, 71200 Le Creusot;CU Creusot-Montceau',
      'Garage Martin;rue Centrale, 71300 Montceau;CU Creusot-Montceau',
      'GARAGE MARTIN;71200 Le Creusot;CU Creusot-Montceau',
    ].join('\n');
    const first = await importCompanies(text);
    expect(first.rows.map((r) => [r.row, r.ok, r.errors])).toEqual([
      [2, true, []],
      [3, true, []],
      [4, false, ['Entreprise en double dans le fichier (déjà ligne 2), ligne ignorée']],
    ]);
    const again = await importCompanies(text);
    expect(again.rows.map((r) => r.errors[0])).toEqual([
      'Entreprise déjà présente dans la base (Garage Martin), ligne ignorée',
      'Entreprise déjà présente dans la base (Garage Martin), ligne ignorée',
      'Entreprise déjà présente dans la base (Garage Martin), ligne ignorée',
    ]);
    expect(await db().companies.count()).toBe(2);
  });

  it('refuses a file without a name column, saying which headers are expected', async () => {
    const result = await importCompanies('Siret;Ville\n41234567800012;Dijon\n');
    expect(result.fileError).toMatch(/Colonne « Raison sociale » introuvable/);
    expect(result.rows).toEqual([]);
    expect(await db().companies.count()).toBe(0);
  });

  it('matches headers without case or accents, lists unknown ones, and applies a default territory', async () => {
    const text = 'RAISON SOCIALE;telephone;Couleur\nAtelier Vert;03 85 00 00 00;bleu\n';
    const report = await previewCompanyImport(text, { defaultTerritoryId: 'cc-grand-charolais' });
    expect(report.ignoredColumns).toEqual(['Couleur']);
    expect(report.rows).toEqual([{ row: 2, ok: true, errors: [], name: 'Atelier Vert' }]);
    const withoutDefault = await previewCompanyImport(text);
    expect(withoutDefault.rows[0]!.errors).toEqual(['Territoire requis']);
  });

  it('reports every problem of a line, each naming its column', async () => {
    const text = 'Nom;Latitude;Longitude;Territoire;Consentement;E-mail\nX;abc;;Nulle part;peut-être;pas-un-mail\n';
    const [row] = (await previewCompanyImport(text)).rows;
    expect(row!.errors).toEqual([
      'Latitude : nombre attendu (« abc »)',
      'Latitude et Longitude : renseigner les deux ou aucune',
      'Territoire : territoire inconnu « Nulle part »',
      'Consentement : Oui ou Non attendu (« peut-être »)',
      'Raison sociale trop courte (2 caractères min.)',
      'E-mail : Adresse e-mail invalide',
    ]);
  });
});

describe('round trip', () => {
  it('gives back the same companies after export, then import into an empty base', async () => {
    for (const input of BURGUNDY_COMPANIES) await createCompany(input);
    const csv = await exportCompaniesCsv();
    await freshDatabase();
    const result = await importCompanies(csv);
    expect(result.rejected).toBe(0);
    const { companies } = await listCompanies();
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    const expected = BURGUNDY_COMPANIES.map((c) => ({ headcount: undefined, location: undefined, consentDate: undefined, ...c }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((c) => ({ ...c, rev: 0, deleted: false }));
    expect(companies.map((c) => strip(c))).toEqual(expected);
  });
});
