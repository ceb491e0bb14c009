// Name cards: the address a QR code holds (this deployment's app, the capture of one company in
// one workshop) and the QR drawn for it — its size follows the QR standard's capacity for that
// address, and its finder and timing patterns are where a scanner looks for them.
import { describe, expect, it } from 'vitest';
import { captureLink, isLocalOnly, requestedCompany } from '../../../src/ui/workshops/capture-link';
import { drawQr, QUIET } from '../../../src/ui/workshops/qr-code';
import { returnTarget } from '../../../src/ui/session/return-target';
import { parseRoute } from '../../../src/ui/router';

const WORKSHOP = '019ae3f4-7c1a-7b2e-9d4f-0a1b2c3d4e5f';
const COMPANY = '019ae3f4-8d2b-7c3f-8e5a-1b2c3d4e5f60';

/** The dark modules of a drawing, read back from its path (`M x y h w v1 h-w z` per run). */
function grid(path: string, modules: number): boolean[][] {
  const cells = Array.from({ length: modules }, () => Array<boolean>(modules).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let c = 0; c < Number(w); c++) cells[Number(y) - QUIET]![Number(x) - QUIET + c] = true;
  }
  return cells;
}

/** A finder pattern at (row, col): dark 7×7 ring, light ring, dark 3×3 core. */
function isFinder(cells: boolean[][], row: number, col: number): boolean {
  for (let r = 0; r < 7; r++)
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (cells[row + r]![col + c] !== (ring !== 2)) return false;
    }
  return true;
}

describe('name card QR code', () => {
  it('links to the capture of one company in one workshop, on the deployment it was printed from', () => {
    const link = captureLink('https://synergies.cci-bfc.fr/', WORKSHOP, COMPANY);
    expect(link).toBe(`https://synergies.cci-bfc.fr/#/ateliers/${WORKSHOP}/saisie?entreprise=${COMPANY}`);
    const hash = new URL(link).hash;
    expect(parseRoute(hash)).toEqual({ name: 'workshop-capture', params: { id: WORKSHOP } });
    expect(requestedCompany(hash)).toBe(COMPANY);
    expect(requestedCompany(`#/ateliers/${WORKSHOP}/saisie`)).toBe('');
    // Printed from this device's own address, a tablet could not open it: the page says so.
    expect(isLocalOnly('http://localhost:5173/')).toBe(true);
    expect(isLocalOnly('http://127.0.0.1:8080/')).toBe(true);
    expect(isLocalOnly('https://synergies.cci-bfc.fr/')).toBe(false);
  });

  it('draws a QR of the size the standard gives for the address, with its finder and timing patterns', async () => {
    const link = captureLink('https://synergies.cci-bfc.fr/', WORKSHOP, COMPANY);
    // 131 bytes at level M: version 8 holds 152 bytes, version 7 only 122 → 17 + 4 × 8 modules.
    expect(link.length).toBe(131);
    const qr = await drawQr(link);
    expect(qr.modules).toBe(49);
    expect(qr.side).toBe(49 + 2 * QUIET);
    const cells = grid(qr.path, qr.modules);
    expect(isFinder(cells, 0, 0)).toBe(true);
    expect(isFinder(cells, 0, 49 - 7)).toBe(true);
    expect(isFinder(cells, 49 - 7, 0)).toBe(true);
    expect(isFinder(cells, 49 - 7, 49 - 7)).toBe(false);
    // Timing patterns: row 6 and column 6 alternate dark and light between the finders.
    for (let i = 8; i < 49 - 8; i++) {
      expect(cells[6]![i]).toBe(i % 2 === 0);
      expect(cells[i]![6]).toBe(i % 2 === 0);
    }
    // A short text fits version 1 (21 modules); the quiet zone is never drawn on.
    const small = await drawQr('ATELIER');
    expect(small.modules).toBe(21);
    for (const [, x, y] of small.path.matchAll(/M(\d+) (\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(QUIET);
      expect(Number(y)).toBeLessThan(21 + QUIET);
    }
  });

  it('comes back to the scanned capture after signing in, and only to a page of the app', () => {
    const back = encodeURIComponent(`#/ateliers/${WORKSHOP}/saisie?entreprise=${COMPANY}`);
    expect(returnTarget(`#/connexion?retour=${back}`)).toBe(`#/ateliers/${WORKSHOP}/saisie?entreprise=${COMPANY}`);
    expect(returnTarget('#/connexion')).toBe('#/');
    expect(returnTarget(`#/connexion?retour=${encodeURIComponent('https://ailleurs.example/')}`)).toBe('#/');
    expect(returnTarget(`#/connexion?retour=${encodeURIComponent('#/connexion')}`)).toBe('#/');
  });
});
