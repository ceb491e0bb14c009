// The official list of waste (LER) as the app shell needs it: which codes exist, which are hazardous,
// and a flux's code and hazard. Labels, chapters and mirror entries are in catalogue.ts (loaded lazily).
import { findResource } from '../taxonomy';
import { LER_CODES_COMPACT } from './codes';

/** Official form of a code: "15 01 10*" (hazardous entries end with `*`). */
export const LER_CODE_FORMAT = /^\d\d \d\d \d\d\*?$/;

let official: Map<string, string> | undefined;

/** Six digits → official form ("150110" → "15 01 10*"), unpacked once from codes.ts. */
function codes(): Map<string, string> {
  if (official) return official;
  const map = new Map<string, string>();
  for (const group of LER_CODES_COMPACT.split(' ')) {
    const [section, ranges, hazards] = group.split(':') as [string, string, string];
    const entries = ranges.split(',').flatMap((r) => {
      const [from, to = from] = r.split('-').map(Number) as [number, number?];
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
    entries.forEach((n, i) => {
      const hazardous = (parseInt(hazards[i >> 2] ?? '0', 16) >> (3 - (i & 3))) & 1;
      const code = `${section.slice(0, 2)} ${section.slice(2)} ${String(n).padStart(2, '0')}${hazardous ? '*' : ''}`;
      map.set(code.replace(/\D/g, ''), code);
    });
  }
  official = map;
  return map;
}

/**
 * The official form of what someone typed or stored ("16 06 01", "160601", "16.06.01*" → "16 06 01*"),
 * or undefined when no entry of the list has these six digits.
 */
export function normalizeLerCode(text: string): string | undefined {
  const digits = text.replace(/[\s.\-*]/g, '');
  if (!/^\d{6}$/.test(digits)) return undefined;
  return codes().get(digits);
}

export const isLerCode = (code: string): boolean => normalizeLerCode(code) !== undefined;

/** Hazardous entry of the list (its official form ends with `*`), whether or not the star was typed. */
export function isHazardousLerCode(code: string): boolean {
  return normalizeLerCode(code)?.endsWith('*') ?? false;
}

/** Every official code, in the order of the list. */
export function allLerCodes(): string[] {
  return [...codes().values()];
}

interface FluxCodeFields {
  resourceCode: string;
  wasteCode?: string | undefined;
}

/** The flux's own LER code (chosen by the advisor), else its vocabulary entry's. */
export function fluxWasteCode(flux: FluxCodeFields): string | undefined {
  return flux.wasteCode || findResource(flux.resourceCode)?.wasteCode;
}

export type WasteHazard = 'hazardous' | 'non-hazardous' | 'unknown';

/**
 * Hazard comes from the code. A flux recorded under the « Autre » entry of materials without a code
 * may be any waste, hazardous ones included: 'unknown' (matched only with a need that accepts
 * hazardous waste, flagged « code déchet à préciser »). Energy, water, logistics and skills flux
 * carry no waste: 'non-hazardous'.
 */
export function fluxWasteHazard(flux: FluxCodeFields): WasteHazard {
  const code = fluxWasteCode(flux);
  if (code) {
    const known = normalizeLerCode(code);
    if (!known) return 'unknown';
    return known.endsWith('*') ? 'hazardous' : 'non-hazardous';
  }
  const resource = findResource(flux.resourceCode);
  return resource?.isOther && resource.family === 'materials' ? 'unknown' : 'non-hazardous';
}

/** On screen beside a waste whose hazard cannot be known. */
export const UNKNOWN_WASTE_CODE_NOTICE = 'code déchet à préciser';
