// SIRET = SIREN (9) + NIC (5), checked with the Luhn algorithm. La Poste's establishments
// (SIREN 356000000) are the documented exception: their digits sum to a multiple of 5.
const LA_POSTE_SIREN = '356000000';

export function normalizeSiret(raw: string): string {
  return raw.replace(/[\s.\u00a0-]/g, '');
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Returns null when valid, or a French message saying what is wrong. */
export function siretError(raw: string): string | null {
  const s = normalizeSiret(raw);
  if (!/^\d+$/.test(s)) return 'SIRET invalide : uniquement des chiffres';
  if (s.length !== 14) return `SIRET invalide : 14 chiffres attendus (${s.length} saisis)`;
  if (s.startsWith(LA_POSTE_SIREN)) {
    const total = [...s].reduce((acc, c) => acc + Number(c), 0);
    return total % 5 === 0 ? null : 'SIRET invalide : clé de contrôle incorrecte';
  }
  return luhnValid(s) ? null : 'SIRET invalide : clé de contrôle incorrecte (vérifiez la saisie)';
}
