// Companies and flux exported as CSV open cleanly in French Excel.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/exchange/csv';
import { csvToBlob } from '../../../src/exchange/download';
import { companiesCsvFileName, exportCompaniesCsv, exportFluxCsv } from '../../../src/exchange';
import { createCompany, deleteCompany } from '../../../src/db/companies';
import { addFlux } from '../../../src/db/flux';
import { freshDatabase, seedBase } from '../../fixtures/exchange/database';

beforeEach(async () => {
  await freshDatabase();
});

describe('companies CSV', () => {
  it('starts with the UTF-8 BOM bytes and uses ; and CRLF', async () => {
    await seedBase();
    const csv = await exportCompaniesCsv();
    const bytes = new Uint8Array(await csvToBlob(csv).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Raison sociale;SIRET;Code NAF;Effectif;Adresse;Latitude;Longitude;Territoire;Zone;Contact;Fonction;E-mail;Téléphone;Consentement;Date du consentement;Notes',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('writes decimal commas, JJ/MM/AAAA dates, territory names and text-safe SIRET and effectif', async () => {
    await seedBase();
    const rows = parseCsv(await exportCompaniesCsv());
    const fonderie = rows.find((r) => r[0] === 'Fonderie du Creusot')!;
    expect(fonderie).toEqual([
      'Fonderie du Creusot',
      '412 345 678 00012',
      '24.51Z',
      '50 à 249 salariés',
      '12 rue de la Forge, 71200 Le Creusot',
      '46,8012',
      '4,4235',
      'CU Creusot-Montceau',
      'ZI Le Breuil',
      'Marie Durand',
      'Responsable QSE',
      'm.durand@fonderie-creusot.fr',
      '03 85 55 12 34',
      'Oui',
      '14/03/2025',
      'Sable de fonderie ; 120 t/an\nVisite à refaire en "septembre"',
    ]);
  });

  it('sorts by name, leaves deleted companies out and guards formula-like cells', async () => {
    const [, menuiserie] = await seedBase();
    await createCompany({ name: '=HYPERLINK("http://x")', territoryId: 'dijon-metropole' });
    await deleteCompany((await createCompany({ name: 'Ancienne scierie', territoryId: 'dijon-metropole' })).id);
    const rows = parseCsv(await exportCompaniesCsv());
    expect(rows.map((r) => r[0])).toEqual([
      'Raison sociale',
      '\'=HYPERLINK("http://x")',
      'Fonderie du Creusot',
      'Laiterie Charolaise',
      'Menuiserie Bois & Cie',
      'Transports Morvan Express',
    ]);
    expect(rows.find((r) => r[0] === menuiserie!.name)![12]).toBe("'+33 3 80 12 34 56");
  });

  it('names the file with the day of export', () => {
    expect(companiesCsvFileName(new Date(2025, 5, 7))).toBe('synergies-terrain-entreprises-2025-06-07.csv');
  });
});

describe('flux CSV', () => {
  it('lists each live flux with its company, labels, decimal comma, LER code and dates', async () => {
    await seedBase();
    const csv = await exportFluxCsv();
    expect(csv.startsWith('\uFEFFEntreprise;SIRET;Famille;Ressource;Code ressource;Libellé;Sens;Quantité;Unité;Période;')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4); // header + 3 live flux; the removed one is left out
    const cardboard = rows.find((r) => r[4] === 'mat.cardboard')!;
    expect(cardboard).toEqual([
      'Fonderie du Creusot',
      '412 345 678 00012',
      'Matières',
      'Cartons et emballages carton',
      'mat.cardboard',
      '',
      'Offre',
      '12,5',
      't',
      'par an',
      'Continue',
      '',
      '',
      '',
      '',
      '',
      '1800,5',
      '15 01 01',
      '',
      '',
      'Non',
      // Grade, accepted grades, temperature, pressure: none said for cardboard.
      '',
      '',
      '',
      '',
    ]);
    const heat = rows.find((r) => r[4] === 'nrj.waste-heat')!;
    expect(heat.slice(10, 12)).toEqual(['Saisonnière', 'oct., nov., déc., janv.']);
    expect(heat[14]).toBe("'=fumées à 180 °C");
    const pallets = rows.find((r) => r[4] === 'mat.wood-pallets')!;
    expect([pallets[0], pallets[6], pallets[10], pallets[12], pallets[13]]).toEqual([
      'Menuiserie Bois & Cie',
      'Besoin',
      'Entre deux dates',
      '01/03/2025',
      '30/06/2025',
    ]);
  });

  it('says what a recycler takes as input: the recovery operation and whether hazardous waste is accepted', async () => {
    const [fonderie] = await seedBase();
    await addFlux(fonderie!.id, 'mat.weee', 'need', { recoveryOperation: 'R4', acceptsHazardous: true });
    const rows = parseCsv(await exportFluxCsv());
    const header = rows[0]!;
    const weee = rows.find((r) => r[4] === 'mat.weee')!;
    const cell = (name: string) => weee[header.indexOf(name)];
    expect(cell('Sens')).toBe('Besoin');
    expect(cell('Opération de valorisation')).toBe('R4 – recyclage des métaux');
    expect(cell('Déchets dangereux acceptés')).toBe('Oui');
    expect(cell('Confidentiel')).toBe('Non');
  });

  it('leaves out the flux of a deleted company', async () => {
    const [fonderie] = await seedBase();
    await deleteCompany(fonderie!.id);
    const rows = parseCsv(await exportFluxCsv());
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Menuiserie Bois & Cie']);
  });
});
