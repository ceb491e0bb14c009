// A QR code as an SVG path, from the QR encoder loaded only when name cards are printed (the app
// shell stays small). Dark modules are drawn row by row, a run of them as one rectangle.
export interface QrDrawing {
  /** Modules per side, without the quiet zone (21 for version 1, +4 per version). */
  modules: number;
  /** Side of the drawing with its quiet zone of `QUIET` modules each side (the viewBox). */
  side: number;
  path: string;
}

/** The quiet zone the QR standard asks around the code, in modules. */
export const QUIET = 4;

export async function drawQr(text: string): Promise<QrDrawing> {
  const { default: qrcode } = await import('qrcode-generator');
  // Medium correction: a card creased or a little worn still reads.
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.isDark(r, c)) c++;
      parts.push(`M${start + QUIET} ${r + QUIET}h${c - start}v1h-${c - start}z`);
    }
  }
  return { modules: n, side: n + 2 * QUIET, path: parts.join('') };
}
