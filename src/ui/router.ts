// Hash-based routing: works from the precached index.html with no server, offline included.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  name: string;
  params: Record<string, string>;
}

const PATTERNS: [name: string, pattern: RegExp, keys: string[]][] = [
  ['companies', /^\/?$|^\/entreprises\/?$/, []],
  ['company-new', /^\/entreprises\/nouvelle$/, []],
  ['company-edit', /^\/entreprises\/([^/]+)\/modifier$/, ['id']],
  ['visit', /^\/entreprises\/([^/]+)\/visite(?:\/([a-z]+))?$/, ['id', 'section']],
  ['company', /^\/entreprises\/([^/]+)$/, ['id']],
  ['map', /^\/carte\/?$/, []],
  ['synergies', /^\/synergies\/?$/, []],
  ['synergy', /^\/synergies\/([^/]+)$/, ['id']],
  ['followups', /^\/suivi\/?$/, []],
  ['followup-pipeline', /^\/suivi\/pipeline$/, []],
  ['followup-new', /^\/suivi\/nouvelle$/, []],
  ['followup-sheet', /^\/suivi\/([^/]+)\/fiche$/, ['id']],
  ['followup', /^\/suivi\/([^/]+)$/, ['id']],
  ['data', /^\/donnees$/, []],
  ['territories', /^\/territoires$/, []],
  ['indicators', /^\/indicateurs(?:\/(rapport|clos)(?:\/([^/]+))?)?\/?$/, ['view', 'id']],
  ['login', /^\/connexion$/, []],
  ['sync', /^\/synchronisation$/, []],
  ['conflicts', /^\/conflits$/, []],
  ['accounts', /^\/comptes$/, []],
  ['workshops', /^\/ateliers\/?$/, []],
  ['workshop-capture', /^\/ateliers\/([^/]+)\/saisie$/, ['id']],
  ['workshop-projector', /^\/ateliers\/([^/]+)\/projecteur$/, ['id']],
  ['workshop-report', /^\/ateliers\/([^/]+)\/compte-rendu$/, ['id']],
  ['workshop-leads', /^\/ateliers\/([^/]+)\/pistes$/, ['id']],
  ['workshop-print', /^\/ateliers\/([^/]+)\/(emargement|fiches)$/, ['id', 'kind']],
  ['workshop-cards', /^\/ateliers\/([^/]+)\/chevalets$/, ['id']],
  ['workshop', /^\/ateliers\/([^/]+)$/, ['id']],
];

/** A parameter as it was before `encodeURIComponent` (a malformed escape is kept as typed). */
function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Matched on the path as written, then each parameter decoded whole: `decodeURI` alone leaves
 * `%3A` as is, so a synergy id (`mut:…`) encoded by a link was never found.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  for (const [name, pattern, keys] of PATTERNS) {
    const m = pattern.exec(path);
    if (m) {
      const params: Record<string, string> = {};
      keys.forEach((k, i) => {
        if (m[i + 1] !== undefined) params[k] = decodeParam(m[i + 1]!);
      });
      return { name, params };
    }
  }
  return { name: 'not-found', params: {} };
}

/**
 * State read from the location's hash, kept in step with it. The hash is read again once the
 * listener is in place: a change between the first render and the effect (a link followed, an
 * address typed while the app starts) would otherwise be missed and the page left behind.
 */
export function useHashState<T>(read: (hash: string) => T): T {
  const [state, setState] = useState(() => ({ hash: location.hash, value: read(location.hash) }));
  useEffect(() => {
    const onChange = () => setState((prev) => (prev.hash === location.hash ? prev : { hash: location.hash, value: read(location.hash) }));
    window.addEventListener('hashchange', onChange);
    onChange();
    return () => window.removeEventListener('hashchange', onChange);
    // Dependencies chosen on purpose: not every value the effect reads restarts it.
  }, []);
  return state.value;
}

export function useRoute(): Route {
  return useHashState(parseRoute);
}

/** The link to a synergy's page; its id holds `:` (`sub:…`, `mut:…`), which parseRoute decodes. */
export const synergyHref = (id: string): string => `#/synergies/${encodeURIComponent(id)}`;

export function navigate(path: string): void {
  location.hash = path;
}
