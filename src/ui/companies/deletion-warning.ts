// The question asked before deleting a company: its flux go with it; its follow-ups stay (with its
// contact), and the referent is told how many and at which stage — one « Mise en œuvre » matters.
import { FOLLOWUP_STATUSES, FOLLOWUP_STATUS_LABELS, type Followup } from '../../domain';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;

export function deletionWarning(name: string, fluxCount: number, followups: readonly Pick<Followup, 'status'>[]): string {
  const question = `Supprimer ${name} et ${fluxCount === 1 ? 'son' : 'ses'} ${count(fluxCount, 'flux', 'flux')} ?`;
  if (followups.length === 0) return question;
  const stages = FOLLOWUP_STATUSES.filter((s) => s !== 'proposed')
    .map((s) => [s, followups.filter((f) => f.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} « ${FOLLOWUP_STATUS_LABELS[s]} »`);
  return [
    question,
    '',
    `Attention : elle figure dans ${count(followups.length, 'suivi de synergie', 'suivis de synergie')}${stages.length ? `, dont ${stages.join(', ')}` : ''}.`,
    'Ces suivis sont conservés, avec son nom et ses coordonnées de contact.',
  ].join('\n');
}
