// Step 4 of the flux import: what became of each line (imported, merged with an existing flux,
// already there, refused with its reason), and « Annuler l’import ».
import type { FluxLineReport, LineStatus } from '../../exchange';
import { useStepFocus } from './use-step-focus';

/** Beyond this many, the table shows the refused lines first and stops (the counts stay whole). */
const MAX_SHOWN = 300;

interface Props {
  lines: readonly FluxLineReport[];
  undone: boolean;
  busy: boolean;
  onUndo: () => void;
  onClose: () => void;
}

export function FluxImportReport(p: Props) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const count = (s: LineStatus) => p.lines.filter((l) => l.status === s).length;
  const order: LineStatus[] = ['refused', 'updated', 'created', 'unchanged'];
  const shown = [...p.lines].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.row - b.row).slice(0, MAX_SHOWN);
  return (
    <div class="import-report flux-import-step" data-testid="flux-import-report">
      <h3 ref={heading} tabIndex={-1}>{p.undone ? 'Import annulé' : 'Import terminé'}</h3>
      <p role="status">
        <strong>{count('created')}</strong> flux importé(s), <strong>{count('updated')}</strong> fusionné(s) avec un flux existant,{' '}
        <strong>{count('unchanged')}</strong> déjà présent(s), <strong>{count('refused')}</strong> ligne(s) refusée(s).
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Entreprise</th>
            <th scope="col">Ressource</th>
            <th scope="col">Résultat</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((l) => (
            <tr key={l.row} class={`line-${l.status}`}>
              <td>{l.row}</td>
              <td>{l.company || '—'}</td>
              <td>{l.resource || '—'}</td>
              <td>{l.status === 'refused' ? <><strong>Refusé</strong> : {l.message}</> : l.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.lines.length > MAX_SHOWN && <p class="muted">{p.lines.length - MAX_SHOWN} autre(s) ligne(s) non affichée(s).</p>}
      <div class="actions">
        {!p.undone && (
          <button type="button" class="btn btn-danger" disabled={p.busy} onClick={p.onUndo}>
            Annuler l’import
          </button>
        )}
        <button type="button" class="btn btn-light" onClick={p.onClose}>
          Fermer
        </button>
      </div>
    </div>
  );
}
