// Prints the gzip size of the JavaScript a first visit downloads (the entry chunk and what it
// imports statically), against the 80 KB budget of the app shell. With --check (run by npm test)
// it exits 1 over budget; a plain build only warns, so `npm start` never fails for size.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 80;
const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html absent : lancez `npm run build` d’abord.');
  process.exit(1);
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set<string>();
for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)) initial.add(m[1]!);

// Follow static imports from the entry chunks (dynamic import() chunks load later).
const queue = [...initial];
while (queue.length > 0) {
  const file = queue.pop()!;
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    const dep = join(file, '..', m[1]!);
    if (!initial.has(dep)) {
      initial.add(dep);
      queue.push(dep);
    }
  }
}
let total = 0;
for (const file of initial) {
  const gz = gzipSync(readFileSync(join(dist, file))).length;
  total += gz;
  console.log(`  ${file.padEnd(48)} ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
}
const kb = total / 1024;
console.log(`JavaScript initial : ${kb.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`Au-delà du budget de ${BUDGET_KB} KB.`);
  if (process.argv.includes('--check')) process.exit(1);
}
