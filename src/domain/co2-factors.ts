// Emission factors used to turn a synergy's gains into t CO2e avoided, from ADEME's Base Carbone
// (Base Empreinte) where a value was found, else a published order of magnitude said as such; each
// factor names its source and year so a funder can check it. A follow-up may override the computed
// figure; the override stays visible.
import { z } from 'zod';

export interface Co2Factor {
  label: string;
  /** Unit of the quantity the factor applies to. */
  unit: 't' | 'MWh' | 'm3' | 'L' | 't.km';
  /** t CO2e avoided per unit of quantity. */
  tco2ePerUnit: number;
  source: string;
  year: number;
}

export const CO2_FACTORS = {
  // Base Carbone's own documentation page « Acier » retains the life-cycle study of the French
  // recycling federation (FEDEREC, 2017): ferrous metals from virgin ore 2,211 kg CO2e/t, from the
  // recycling chain 938 kg CO2e/t. Kept rounded to 2.2 and 0.94 (1.26 t avoided per tonne; the
  // exact 1.273 is 1 % more), the figure follow-ups already recorded were computed with.
  'steel-scrap': {
    label: 'Acier recyclé au lieu d’acier primaire',
    unit: 't',
    tco2ePerUnit: 2.2 - 0.94,
    source:
      'ADEME Base Carbone, documentation « Acier » (ACV FEDEREC 2017) : métaux ferreux vierges 2 211, issus du recyclage 938 kg CO2e/t, arrondis à 2,2 et 0,94',
    year: 2017,
  },
  // French grid electricity ≈ 0.052 kg CO2e/kWh = 0.052 t/MWh (mix moyen, ACV).
  'electricity-fr': {
    label: 'Électricité du réseau français évitée',
    unit: 'MWh',
    tco2ePerUnit: 0.052,
    source: 'ADEME Base Carbone — électricité, mix moyen France, 0,052 kg CO2e/kWh',
    year: 2023,
  },
  // Natural gas ≈ 0.227 kg CO2e/kWh PCI (combustion + upstream) = 0.227 t/MWh.
  'natural-gas': {
    label: 'Gaz naturel évité (chaleur fatale, substitution)',
    unit: 'MWh',
    tco2ePerUnit: 0.227,
    source: 'ADEME Base Carbone — gaz naturel, 0,227 kg CO2e/kWh PCI',
    year: 2023,
  },
  'road-diesel': {
    label: 'Gazole routier évité (covoiturage, tournées)',
    unit: 'L',
    tco2ePerUnit: 3.16 / 1000,
    source: 'ADEME Base Carbone — gazole routier, 3,16 kg CO2e/L',
    year: 2023,
  },
  // Road freight by articulated truck ≈ 0.09–0.1 kg CO2e/t·km; the midpoint is kept.
  'road-freight': {
    label: 'Transport routier de marchandises évité',
    unit: 't.km',
    tco2ePerUnit: 0.095 / 1000,
    source: 'ADEME Base Carbone — transport routier, 0,09 à 0,1 kg CO2e/t·km',
    year: 2023,
  },
  // Recycling of other materials: orders of magnitude of 2008 (BIO Intelligence Service for the
  // European Commission), kept because follow-ups recorded with them must still read. Their Base
  // Carbone values were looked for and not found readable (aluminium, plastics); for paper and
  // cardboard the Base Carbone documentation gives no avoided emission at all (recycled pulp 317 vs
  // virgin 297 kg CO2e/t, cardboard 670 vs 390: FEDEREC 2017), so proposals no longer use this one
  // (stake.ts). See docs/VOCABULARY.md, « Emission factors ».
  'paper-cardboard-recycling': {
    label: 'Papiers et cartons recyclés (ordre de grandeur 2008, non repris par la Base Carbone)',
    unit: 't',
    tco2ePerUnit: 0.4,
    source:
      'BIO Intelligence Service, « How much GHG is avoided by recycling? » (Commission européenne), 0,4 t CO2e/t — ordre de grandeur ; ' +
      'la Base Carbone (documentation « Papier, carton », ACV FEDEREC 2017) donne 297 kg CO2e/t pour la pâte vierge, 317 pour la recyclée, ' +
      '390 pour le carton vierge et 670 pour le recyclé : aucune émission évitée',
    year: 2008,
  },
  'plastics-recycling': {
    label: 'Plastiques recyclés au lieu de résine vierge',
    unit: 't',
    tco2ePerUnit: 1.1,
    source:
      'BIO Intelligence Service, « How much GHG is avoided by recycling? » (Commission européenne), 1,1 t CO2e/t — ordre de grandeur ; ' +
      'valeur Base Carbone (« Déchets plastiques », données SRP) non trouvée',
    year: 2008,
  },
  'non-ferrous-recycling': {
    label: 'Métaux non ferreux recyclés (aluminium, cuivre) au lieu de métal primaire',
    unit: 't',
    tco2ePerUnit: 8.8,
    source:
      'BIO Intelligence Service, « How much GHG is avoided by recycling? » (Commission européenne), 8,8 t CO2e/t — ordre de grandeur ; ' +
      'valeur Base Carbone (« Aluminium », ACV FEDEREC 2017) non trouvée',
    year: 2008,
  },
} as const satisfies Record<string, Co2Factor>;

/** Every reference list names its source: this one, the factors' own sources beside each. */
export const CO2_FACTORS_SOURCE =
  'ADEME Base Carbone / Base Empreinte (acier : documentation « Acier », ACV FEDEREC 2017 ; énergie et transport : facteurs 2023) ' +
  'et ordres de grandeur publiés en 2008, cités facteur par facteur';

export type Co2FactorId = keyof typeof CO2_FACTORS;
export const CO2_FACTOR_IDS = Object.keys(CO2_FACTORS) as [Co2FactorId, ...Co2FactorId[]];
export const Co2FactorIdSchema = z.enum(CO2_FACTOR_IDS, { error: 'Facteur d’émission inconnu' });
