// The README's table of indicators says what the module says: every definition, word for word.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_LIST } from '../../../src/domain/indicators';

describe('README indicators', () => {
  it('lists every indicator with the sentence shown under it', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const d of INDICATOR_LIST) expect(readme).toContain(`| ${d.label} | ${d.unit} | ${d.howCounted} |`);
  });
});
