import { describe, expect, it } from 'vitest';
import { CompanySchema, FluxSchema, formatZodError, VisitSchema } from '../../../src/domain';

const company = {
  id: 'c-1',
  createdAt: 1,
  updatedAt: 1,
  name: 'Cartonnages du Morvan',
  siret: '73282932000074',
  naf: '17.21A',
  territoryId: 'cc-grand-autunois-morvan',
  location: { lat: 46.95, lon: 4.3 },
};

const flux = {
  id: 'f-1',
  createdAt: 1,
  updatedAt: 1,
  companyId: 'c-1',
  family: 'materials',
  resourceCode: 'mat.cardboard',
  direction: 'offer',
  quantity: 12,
  unit: 't',
  period: 'year',
};

function messageOf(result: { success: boolean; error?: import('zod').ZodError }): string {
  expect(result.success).toBe(false);
  return formatZodError(result.error!);
}

describe('Company schema', () => {
  it('accepts a complete company and fills defaults', () => {
    const parsed = CompanySchema.parse(company);
    expect(parsed.contact).toEqual({ name: '', role: '', email: '', phone: '' });
    expect(parsed.deleted).toBe(false);
    expect(parsed.rev).toBe(0);
  });

  it('rejects a wrong SIRET checksum, naming the field', () => {
    expect(messageOf(CompanySchema.safeParse({ ...company, siret: '73282932000075' }))).toBe(
      'SIRET invalide : clé de contrôle incorrecte (vérifiez la saisie)',
    );
  });

  it('normalises and checks the NAF code', () => {
    expect(CompanySchema.parse({ ...company, naf: '2562b' }).naf).toBe('25.62B');
    expect(messageOf(CompanySchema.safeParse({ ...company, naf: '2562' }))).toBe('Code NAF invalide : format attendu 25.62B');
  });

  it('rejects latitude and longitude out of range', () => {
    expect(messageOf(CompanySchema.safeParse({ ...company, location: { lat: 91, lon: 4 } }))).toBe('Latitude invalide : entre -90 et 90');
    expect(messageOf(CompanySchema.safeParse({ ...company, location: { lat: 47, lon: -181 } }))).toBe(
      'Longitude invalide : entre -180 et 180',
    );
  });

  it('requires a name and a territory', () => {
    const message = messageOf(CompanySchema.safeParse({ ...company, name: ' ', territoryId: '' }));
    expect(message).toContain('Raison sociale trop courte');
    expect(message).toContain('Territoire requis');
  });

  it('rejects a malformed e-mail', () => {
    expect(messageOf(CompanySchema.safeParse({ ...company, contact: { email: 'jean@' } }))).toBe('E-mail : Adresse e-mail invalide');
  });
});

describe('Flux schema', () => {
  it('accepts a flux of the taxonomy', () => {
    expect(FluxSchema.parse(flux).availability).toEqual({ kind: 'continuous', months: [] });
  });

  it('rejects a negative quantity', () => {
    expect(messageOf(FluxSchema.safeParse({ ...flux, quantity: -3 }))).toBe('Quantité : La quantité ne peut pas être négative');
  });

  it('rejects an unknown resource code', () => {
    expect(messageOf(FluxSchema.safeParse({ ...flux, resourceCode: 'mat.unobtainium' }))).toBe('Ressource inconnue : mat.unobtainium');
  });

  it('rejects a resource filed under another family', () => {
    expect(messageOf(FluxSchema.safeParse({ ...flux, family: 'energy' }))).toContain('n’est pas de cette famille');
  });

  it('rejects an end date before the start date', () => {
    const bad = { ...flux, availability: { kind: 'dates', from: '2026-06-01', to: '2026-05-01' } };
    expect(messageOf(FluxSchema.safeParse(bad))).toContain('La date de fin précède la date de début');
  });

  it('rejects an unknown unit', () => {
    expect(messageOf(FluxSchema.safeParse({ ...flux, unit: 'furlong' }))).toBe('Unité inconnue');
  });
});

describe('Visit schema', () => {
  it('requires an ISO date', () => {
    expect(messageOf(VisitSchema.safeParse({ id: 'v-1', createdAt: 1, updatedAt: 1, companyId: 'c-1', date: '23/11/2026' }))).toBe(
      'Date de visite invalide',
    );
  });
});
