// Main navigation, one link per page. On a wide screen every link is in the header; on a tablet
// the four pages of the field (Entreprises, Synergies, Suivi, Ateliers) and « Plus », which opens
// the others in a panel below it; on a phone the same as a bottom tab bar, the panel above it
// (styles in nav.css).
import { useEffect, useRef, useState } from 'preact/hooks';
import { lazyComponent } from '../components/lazy';
import type { Route } from '../router';
import './nav.css';

// Needs the session (sync client): loaded after first paint, shown to admins only.
const AdminNavLink = lazyComponent(() => import('../accounts/AdminNavLink').then((m) => m.AdminNavLink), null);

interface NavLink {
  href: string;
  label: string;
  /** Route names that light the link up. */
  routes: string[];
  /** On a tablet or a phone: behind « Plus » rather than in the header or the tab bar. */
  more?: true;
}

export const NAV: readonly NavLink[] = [
  { href: '#/entreprises', label: 'Entreprises', routes: ['companies', 'company', 'company-new', 'company-edit', 'visit'] },
  { href: '#/synergies', label: 'Synergies', routes: ['synergies', 'synergy'] },
  { href: '#/suivi', label: 'Suivi', routes: ['followups', 'followup-pipeline', 'followup-new', 'followup', 'followup-sheet'] },
  {
    href: '#/ateliers',
    label: 'Ateliers',
    routes: ['workshops', 'workshop', 'workshop-capture', 'workshop-report', 'workshop-leads', 'workshop-print', 'workshop-cards'],
  },
  { href: '#/carte', label: 'Carte', routes: ['map'], more: true },
  { href: '#/indicateurs', label: 'Indicateurs', routes: ['indicators'], more: true },
  { href: '#/donnees', label: 'Données', routes: ['data'], more: true },
  { href: '#/territoires', label: 'Territoires', routes: ['territories'], more: true },
];

const MORE_ROUTES = new Set([...NAV.filter((n) => n.more).flatMap((n) => n.routes), 'accounts', 'sync', 'conflicts']);

function links(route: Route, which: (n: NavLink) => boolean, className?: (n: NavLink) => string | undefined) {
  return NAV.filter(which).map((n) => (
    <a key={n.href} class={className?.(n)} href={n.href} aria-current={n.routes.includes(route.name) ? 'page' : undefined}>
      {n.label}
    </a>
  ));
}

export function MainNav({ route }: { route: Route }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Any move (a link of the panel, the back button) closes the panel.
  useEffect(() => setOpen(false), [route.name, route.params.id]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <nav class="main-nav" aria-label="Navigation principale">
      {links(
        route,
        () => true,
        (n) => (n.more ? 'nav-tab-more' : undefined),
      )}
      <span class="nav-tab-more">
        <AdminNavLink current={route.name === 'accounts'} />
      </span>
      <span class="nav-more-wrap">
        <button
          ref={button}
          type="button"
          class="nav-more"
          aria-expanded={open}
          aria-controls="nav-more-panel"
          data-current={MORE_ROUTES.has(route.name) ? 'true' : undefined}
          onClick={() => setOpen(!open)}
        >
          Plus
        </button>
        {open && (
          <>
            <div class="nav-more-backdrop" onClick={() => setOpen(false)} />
            <div id="nav-more-panel" class="nav-more-panel">
              {links(route, (n) => Boolean(n.more))}
              <AdminNavLink current={route.name === 'accounts'} />
              <a href="#/synchronisation" aria-current={route.name === 'sync' ? 'page' : undefined}>
                Synchronisation
              </a>
            </div>
          </>
        )}
      </span>
    </nav>
  );
}
