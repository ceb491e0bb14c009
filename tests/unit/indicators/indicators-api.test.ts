// The device's client of GET /api/v1/indicators: the answer checked against the shared schema,
// refusals and network failures returned as French values.
import { describe, expect, it } from 'vitest';
import { computeIndicators, INDICATOR_LIST } from '../../../src/domain/indicators';
import { fetchServerIndicators } from '../../../src/sync/indicators-api';
import { YEAR_2025 } from '../../fixtures/indicators';

const report = computeIndicators({
  range: YEAR_2025,
  territoryIds: ['dijon-metropole'],
  programme: false,
  source: 'server',
  accountsKnown: true,
  companies: [],
  visits: [],
  flux: [],
  workshops: [],
  followups: [],
  activity: [],
});
const token = async () => 'jeton-de-test-assez-long';
const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('fetchServerIndicators', () => {
  it('asks for the period and territory with the bearer token, and returns the checked report', async () => {
    let asked: { url: string; auth: string | null } | undefined;
    const result = await fetchServerIndicators(
      YEAR_2025,
      'dijon-metropole',
      async (url, init) => {
        asked = { url, auth: new Headers(init?.headers).get('authorization') };
        return json(200, { ...report, definitions: INDICATOR_LIST })();
      },
      token,
    );
    expect(asked).toEqual({
      url: '/api/v1/indicators?from=2025-01-01&to=2025-12-31&territory=dijon-metropole',
      auth: 'Bearer jeton-de-test-assez-long',
    });
    expect(result.ok && result.value.territoryIds).toEqual(['dijon-metropole']);
  });

  it('says why in French when refused, unreachable, malformed or signed out', async () => {
    const refused = await fetchServerIndicators(YEAR_2025, undefined, json(403, { error: 'Réservé aux référents' }), token);
    expect(!refused.ok && refused.error.message).toBe('Réservé aux référents (HTTP 403)');
    const down = await fetchServerIndicators(YEAR_2025, undefined, async () => Promise.reject(new TypeError('fetch failed')), token);
    expect(!down.ok && down.error.message).toBe('Serveur injoignable');
    const odd = await fetchServerIndicators(YEAR_2025, undefined, json(200, { total: 3 }), token);
    expect(!odd.ok && odd.error.message).toBe('Réponse du serveur invalide');
    const out = await fetchServerIndicators(YEAR_2025, undefined, json(200, {}), async () => undefined);
    expect(!out.ok && out.error.kind).toBe('no-session');
  });
});
