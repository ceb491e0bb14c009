// Browser edges of the exchange: saving a Blob as a file, and reading a chosen file as text.

/** Saves a Blob under a file name through a temporary <a download> (works offline, no popup). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function csvToBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

/**
 * Bytes to text: UTF-8 (with or without BOM) when valid, else Windows-1252 — what French Excel
 * writes with "CSV (séparateur : point-virgule)", so accents survive either way.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Reads a File (or any Blob) from an <input type="file"> as text, guessing its encoding. */
export async function readFileAsText(file: Blob): Promise<string> {
  return decodeText(new Uint8Array(await file.arrayBuffer()));
}
