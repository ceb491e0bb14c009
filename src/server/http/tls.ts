// HTTPS served by the server itself, when a chamber gives it a certificate and its key: service
// workers (offline use, installation) need a secure context everywhere but on localhost.
import { readFileSync } from 'node:fs';

export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

/** The certificate and key named by TLS_CERT_FILE and TLS_KEY_FILE; undefined when neither is set. */
export function tlsFiles(env: Record<string, string | undefined> = process.env): TlsFiles | undefined {
  const certFile = env.TLS_CERT_FILE?.trim();
  const keyFile = env.TLS_KEY_FILE?.trim();
  if (!certFile && !keyFile) return undefined;
  if (!certFile || !keyFile) {
    throw new Error('HTTPS : donnez à la fois TLS_CERT_FILE (certificat, chaîne comprise) et TLS_KEY_FILE (clé privée), au format PEM');
  }
  return { cert: readPem(certFile, 'TLS_CERT_FILE', 'CERTIFICATE'), key: readPem(keyFile, 'TLS_KEY_FILE', 'PRIVATE KEY') };
}

function readPem(path: string, variable: string, kind: string): Buffer {
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'fichier introuvable' : 'lecture impossible';
    throw new Error(`HTTPS : ${variable} (${path}) : ${reason}`, { cause: error });
  }
  if (!content.toString('latin1').includes(kind))
    throw new Error(`HTTPS : ${variable} (${path}) n’est pas au format PEM attendu (${kind})`);
  return content;
}
