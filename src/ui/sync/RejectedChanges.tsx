// The changes the server refused, each with the record's name, the reason and a way out: correct
// it, move the company to one of the user's territories, retry (only when that can work), or
// export it to a file and give it up.
import { useState } from 'preact/hooks';
import type { Territory } from '../../domain';
import type { OutboxEntry } from '../../db/outbox-entry';
import { db } from '../../db/database';
import { downloadBlob } from '../../exchange/download';
import { discardRejected, listRejected, moveRejectedToTerritory, rejectedExport, retryRejected, syncNow } from '../../sync';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { useLiveQuery } from '../hooks/use-live-query';
import { rejectedView, type RejectedView } from './rejected-view';
import { plural } from './use-sync';
import { FormError } from '../components/form-error';

async function loadViews(allowed: readonly string[] | undefined): Promise<RejectedView[]> {
  const entries: OutboxEntry[] = await listRejected();
  const refusedCompanies = new Map(entries.filter((e) => e.table === 'companies').map((e) => [e.recordId, e.errorCode ?? '']));
  const views: RejectedView[] = [];
  for (const entry of entries) {
    const record = (await db().table(entry.table).get(entry.recordId)) as Record<string, unknown> | undefined;
    const companyId = entry.table === 'companies' ? entry.recordId : record?.companyId;
    const company = typeof companyId === 'string' ? await db().companies.get(companyId) : undefined;
    const companyRefusal = typeof companyId === 'string' ? refusedCompanies.get(companyId) : undefined;
    views.push(rejectedView(entry, { record, company, allowedTerritories: allowed, companyRefusal }));
  }
  return views;
}

const fileName = (view: RejectedView) =>
  `modification-refusee-${view.title
    .normalize('NFD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60)}.json`;

function RejectedItem({ view, territories }: { view: RejectedView; territories: readonly Territory[] }) {
  const [target, setTarget] = useState(territories.length === 1 ? territories[0]!.id : '');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [error, setError] = useState<string>();

  const act = async (run: () => Promise<void>) => {
    setError(undefined);
    try {
      await run();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const move = () =>
    act(async () => {
      const count = await moveRejectedToTerritory(view.seq, target);
      const name = territories.find((t) => t.id === target)?.name ?? target;
      showToast(`Entreprise déplacée vers ${name} : ${plural(count, 'modification renvoyée', 'modifications renvoyées')}.`);
      void syncNow();
    });
  const retry = () =>
    act(async () => {
      await retryRejected(view.seq);
      void syncNow();
    });
  const exportThenAsk = () =>
    act(async () => {
      const data = await rejectedExport(view.seq, view.title);
      if (!data) return;
      downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName(view));
      showToast('Modification exportée.');
      setConfirmDiscard(true);
    });
  const discard = () =>
    act(async () => {
      await discardRejected(view.seq);
      showToast('Modification abandonnée : elle ne sera pas envoyée.');
    });

  return (
    <li class="sync-rejected" data-testid="sync-rejected">
      <p class="sync-rejected-title">
        <strong>{view.title}</strong>
      </p>
      <p class="muted">
        {view.kind}
        {view.fields && ` — champs : ${view.fields}`}
      </p>
      <p class="sync-error">Motif : {view.reason}</p>
      <div class="sync-actions">
        {view.fixHref && (
          <a class="btn" href={view.fixHref}>
            Corriger
          </a>
        )}
        {view.retryable && (
          <button type="button" class="btn btn-primary" onClick={() => void retry()}>
            Réessayer
          </button>
        )}
        {!confirmDiscard && (
          <button type="button" class="btn btn-danger" onClick={() => void exportThenAsk()}>
            Exporter puis abandonner
          </button>
        )}
      </div>
      {view.territory && !view.retryable && view.companyId && territories.length > 0 && (
        <div class="sync-move row">
          <label class="field">
            Changer de territoire
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value="">Choisir un de vos territoires…</option>
              {territories.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="btn" disabled={!target} onClick={() => void move()}>
            Déplacer et renvoyer
          </button>
        </div>
      )}
      {confirmDiscard && (
        <div class="confirm" role="alertdialog" aria-label="Abandonner la modification">
          <p>Abandonner cette modification ? Elle ne sera jamais envoyée ; le fichier exporté la conserve.</p>
          <div class="actions">
            <button type="button" class="btn btn-danger" onClick={() => void discard()}>
              Abandonner
            </button>
            <button type="button" class="btn" onClick={() => setConfirmDiscard(false)}>
              Garder
            </button>
          </div>
        </div>
      )}
      <FormError message={error} />
    </li>
  );
}

export interface RejectedChangesProps {
  /** The user's territories (all of them for an admin); undefined when nobody is signed in. */
  userTerritories?: readonly Territory[];
  /** False for an admin: every territory is allowed. */
  restricted: boolean;
}

export function RejectedChanges({ userTerritories = [], restricted }: RejectedChangesProps) {
  const allowed = restricted ? userTerritories.map((t) => t.id) : undefined;
  const views = useLiveQuery(() => loadViews(allowed), [allowed?.join(',')]).data ?? [];
  if (views.length === 0) return null;
  return (
    <div class="sync-card" data-testid="sync-rejected-list">
      <h2>{plural(views.length, 'modification refusée par le serveur', 'modifications refusées par le serveur')}</h2>
      <p class="muted">
        Elles restent sur cet appareil et ne sont plus envoyées : corrigez-les, changez l’entreprise de territoire, ou exportez-les avant de
        les abandonner.
      </p>
      <ul class="sync-list">
        {views.map((view) => (
          <RejectedItem key={view.seq} view={view} territories={userTerritories} />
        ))}
      </ul>
    </div>
  );
}
