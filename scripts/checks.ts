// The checks `npm test` runs before the tests: the three type-checks, lint, format and the build
// with its size budget. They are independent and each uses one core, so they run side by side;
// each one's output is printed whole when it ends, and any failure fails the whole.
import { spawn } from 'node:child_process';

interface Check {
  name: string;
  command: string;
}

const CHECKS: Check[] = [
  { name: 'types (app)', command: 'tsc -p tsconfig.json --noEmit' },
  { name: 'types (worker)', command: 'tsc -p tsconfig.worker.json --noEmit' },
  { name: 'types (server, tests)', command: 'tsc -p tsconfig.node.json --noEmit' },
  { name: 'lint', command: 'npm run --silent lint' },
  { name: 'format', command: 'npm run --silent format:check' },
  { name: 'build + size', command: 'npm run --silent build && tsx scripts/size-report.ts --check' },
];

function run(check: Check): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(check.command, { shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const ok = code === 0;
      console.log(`${ok ? '✓' : '✗'} ${check.name} (${seconds} s)`);
      if (!ok || process.env.CHECKS_VERBOSE) console.log(output.trimEnd().replace(/^/gm, '    '));
      resolve(ok);
    });
  });
}

const results = await Promise.all(CHECKS.map(run));
if (results.includes(false)) {
  console.error('Vérifications en échec : voir ci-dessus.');
  process.exit(1);
}
