// The « Suivi » pages behind one lazy chunk: the queue, the pipeline, a follow-up, its printable
// sheet and the manual synergy form.
import type { Route } from '../router';
import { FichePage } from './FichePage';
import { FollowupPage } from './FollowupPage';
import { NewSynergyPage } from './NewSynergyPage';
import { PipelinePage } from './PipelinePage';
import { QueuePage } from './QueuePage';
import './followups.css';

export function FollowupRoutes({ route }: { route: Route }) {
  const id = route.params.id ?? '';
  switch (route.name) {
    case 'followup-pipeline':
      return <PipelinePage />;
    case 'followup-new':
      return <NewSynergyPage />;
    case 'followup':
      return <FollowupPage id={id} />;
    case 'followup-sheet':
      return <FichePage id={id} />;
    default:
      return <QueuePage />;
  }
}
