// The app shell: header with navigation and status, the current page, toasts and update banner.
import { useState } from 'preact/hooks';
import { UpdateBanner } from './components/update-banner';
import { CompanyListPage } from './companies/CompanyListPage';
import { EmptyState } from './components/empty-state';
import { lazyComponent } from './components/lazy';
import { Toasts } from './components/toasts';
import { useOnline } from './hooks/use-online';
import { MainNav } from './nav/MainNav';
import { useRoute, type Route } from './router';
import { takeReturnHash } from './session/reload-app';

const CompanyPage = lazyComponent(() => import('./companies/CompanyPage').then((m) => m.CompanyPage));
const NewCompanyPage = lazyComponent(() => import('./companies/NewCompanyPage').then((m) => m.NewCompanyPage));
const EditCompanyPage = lazyComponent(() => import('./companies/EditCompanyPage').then((m) => m.EditCompanyPage));
const QuestionnairePage = lazyComponent(() => import('./visit/QuestionnairePage').then((m) => m.QuestionnairePage));
const DataPage = lazyComponent(() => import('./data/DataPage').then((m) => m.DataPage));
const SynergiesPage = lazyComponent(() => import('./synergies/SynergiesPage').then((m) => m.SynergiesPage));
// MapLibre itself loads later still, when the map is drawn (MapCanvas).
const MapPage = lazyComponent(() => import('./map/MapPage').then((m) => m.MapPage));
const SynergyDetail = lazyComponent(() => import('./synergies/SynergyDetail').then((m) => m.SynergyDetail));
const LoginPage = lazyComponent(() => import('./sync/LoginPage').then((m) => m.LoginPage));
const SyncPage = lazyComponent(() => import('./sync/SyncPage').then((m) => m.SyncPage));
const ConflictsPage = lazyComponent(() => import('./sync/ConflictsPage').then((m) => m.ConflictsPage));
// The status widget pulls in the sync client: loaded after first paint, like the pages.
const SyncStatus = lazyComponent(() => import('./sync/SyncStatus').then((m) => m.SyncStatus), null);
const AccountsPage = lazyComponent(() => import('./accounts/AccountsPage').then((m) => m.AccountsPage));
const WorkshopsPage = lazyComponent(() => import('./workshops/WorkshopsPage').then((m) => m.WorkshopsPage));
const WorkshopPage = lazyComponent(() => import('./workshops/WorkshopPage').then((m) => m.WorkshopPage));
const CaptureScreen = lazyComponent(() => import('./workshops/CaptureScreen').then((m) => m.CaptureScreen));
const ProjectorPage = lazyComponent(() => import('./workshops/ProjectorPage').then((m) => m.ProjectorPage));
const WorkshopReportPage = lazyComponent(() => import('./workshops/WorkshopReportPage').then((m) => m.WorkshopReportPage));
const WorkshopLeadsPage = lazyComponent(() => import('./workshops/WorkshopLeadsPage').then((m) => m.WorkshopLeadsPage));
const WorkshopPrintPage = lazyComponent(() => import('./workshops/WorkshopPrintPage').then((m) => m.WorkshopPrintPage));
const NameCardsPage = lazyComponent(() => import('./workshops/NameCardsPage').then((m) => m.NameCardsPage));
const FollowupRoutes = lazyComponent(() => import('./followups/FollowupRoutes').then((m) => m.FollowupRoutes));
const IndicatorsPage = lazyComponent(() => import('./indicators/IndicatorsPage').then((m) => m.IndicatorsPage));
// Loaded only where it is shown (plain HTTP away from localhost): the shell stays small.
const InsecureContextNotice = lazyComponent(
  () => import('./components/insecure-context-notice').then((m) => m.InsecureContextNotice),
  null,
);
const TerritoriesPage = lazyComponent(() => import('./territories/TerritoriesPage').then((m) => m.TerritoriesPage));

function Page({ route }: { route: Route }) {
  const id = route.params.id ?? '';
  switch (route.name) {
    case 'companies':
      return <CompanyListPage />;
    case 'company-new':
      return <NewCompanyPage />;
    case 'company':
      return <CompanyPage id={id} />;
    case 'company-edit':
      return <EditCompanyPage id={id} />;
    case 'visit':
      return <QuestionnairePage companyId={id} section={route.params.section} />;
    case 'data':
      return <DataPage />;
    case 'synergies':
      return <SynergiesPage />;
    case 'synergy':
      return <SynergyDetail id={id} />;
    case 'map':
      return <MapPage />;
    case 'followups':
    case 'followup-pipeline':
    case 'followup-new':
    case 'followup':
    case 'followup-sheet':
      return <FollowupRoutes route={route} />;
    case 'login':
      return <LoginPage />;
    case 'sync':
      return <SyncPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'indicators':
      return <IndicatorsPage view={route.params.view} closedId={route.params.id} />;
    case 'territories':
      return <TerritoriesPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'workshops':
      return <WorkshopsPage />;
    case 'workshop':
      return <WorkshopPage id={id} />;
    case 'workshop-capture':
      return <CaptureScreen id={id} />;
    case 'workshop-report':
      return <WorkshopReportPage id={id} />;
    case 'workshop-leads':
      return <WorkshopLeadsPage id={id} />;
    case 'workshop-print':
      return <WorkshopPrintPage id={id} kind={route.params.kind === 'fiches' ? 'fiches' : 'emargement'} />;
    case 'workshop-cards':
      return <NameCardsPage id={id} />;
    default:
      return (
        <EmptyState title="Page introuvable">
          <a href="#/entreprises">Retour aux entreprises</a>
        </EmptyState>
      );
  }
}

/** After a reload on another account's database, land where the sign-in or sign-out asked. */
function useReturnHash(): void {
  useState(() => {
    const hash = takeReturnHash();
    if (hash && hash !== location.hash) history.replaceState(null, '', hash);
  });
}

export function App() {
  useReturnHash();
  const route = useRoute();
  const online = useOnline();
  // The projector owns the whole screen: no header, no navigation.
  if (route.name === 'workshop-projector') return <ProjectorPage id={route.params.id ?? ''} />;
  return (
    <>
      <header class="app-header">
        <a class="brand" href="#/entreprises">
          <img src="/icons/icon.svg" alt="" width={28} height={28} />
          <span class="brand-name">Synergies Terrain</span>
        </a>
        <MainNav route={route} />
        <span class={`net-status ${online ? 'online' : 'offline'}`} role="status" data-testid="network-status">
          <span class="net-label">{online ? 'En ligne' : 'Hors ligne'}</span>
        </span>
        <SyncStatus />
      </header>
      {!window.isSecureContext && <InsecureContextNotice />}
      <UpdateBanner />
      <main id="main">
        <Page route={route} />
      </main>
      <Toasts />
    </>
  );
}
