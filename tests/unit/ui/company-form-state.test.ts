import { describe, expect, it } from 'vitest';
import { emptyCompanyForm, fromFormState, parseDecimal, validateCompanyForm } from '../../../src/ui/companies/company-form-state';

const valid = { ...emptyCompanyForm('dijon-metropole'), name: 'Menuiserie Éclat' };

describe('company form', () => {
  it('reads decimals typed the French way', () => {
    expect(parseDecimal('47,32')).toBe(47.32);
    expect(parseDecimal(' 5.04 ')).toBe(5.04);
    expect(parseDecimal('-1,5')).toBe(-1.5);
    expect(parseDecimal('')).toBeNaN();
    expect(parseDecimal('47,3a')).toBeNaN();
  });

  it('turns the form into a company, with no position when both fields are empty', () => {
    expect(fromFormState(valid).location).toBeUndefined();
    expect(fromFormState({ ...valid, lat: '47,32', lon: '5,04' }).location).toEqual({ lat: 47.32, lon: 5.04 });
  });

  it('names the field of each error, in French', () => {
    expect(validateCompanyForm(valid)).toEqual({});
    expect(validateCompanyForm({ ...valid, name: '', territoryId: '' })).toEqual({
      name: 'Raison sociale trop courte (2 caractères min.)',
      territoryId: 'Territoire requis',
    });
    expect(validateCompanyForm({ ...valid, lat: 'nord', lon: '5' })).toEqual({ lat: 'Nombre attendu (ex. 47,32)' });
    expect(validateCompanyForm({ ...valid, lat: '95', lon: '5' })).toEqual({ lat: 'Latitude invalide : entre -90 et 90' });
    expect(validateCompanyForm({ ...valid, contactEmail: 'jean@' })).toEqual({ contactEmail: 'Adresse e-mail invalide' });
    expect(validateCompanyForm({ ...valid, siret: '73282932000075' }).siret).toMatch(/clé de contrôle/);
  });

  it('keeps the consent date only while consent is given', () => {
    expect(fromFormState({ ...valid, consent: true, consentDate: 1_700_000_000_000 }).consentDate).toBe(1_700_000_000_000);
    expect(fromFormState({ ...valid, consent: false, consentDate: 1_700_000_000_000 }).consentDate).toBeUndefined();
  });
});
