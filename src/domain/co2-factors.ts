// Emission factors used to turn a synergy's gains into t CO2e avoided. Orders of magnitude from
// ADEME's Base Carbone (Base Empreinte); each factor names its source and year so a funder can
// check it. A follow-up may override the computed figure; the override stays visible.
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
  // Steel from scrap ≈ 0.94 t CO2e/t vs ≈ 2.2 virgin (blast furnace): 1.26 t avoided per t.
  'steel-scrap': {
    label: 'Acier recyclé au lieu d’acier primaire',
    unit: 't',
    tco2ePerUnit: 2.2 - 0.94,
    source: 'ADEME Base Carbone — acier primaire 2,2 / acier recyclé 0,94 t CO2e/t',
    year: 2023,
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
} as const satisfies Record<string, Co2Factor>;

export type Co2FactorId = keyof typeof CO2_FACTORS;
export const CO2_FACTOR_IDS = Object.keys(CO2_FACTORS) as [Co2FactorId, ...Co2FactorId[]];
export const Co2FactorIdSchema = z.enum(CO2_FACTOR_IDS, { error: 'Facteur d’émission inconnu' });
