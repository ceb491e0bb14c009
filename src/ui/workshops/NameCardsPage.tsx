// Name cards to print (A4, two tent cards a sheet, folded along the dashed line): the company's
// name large on both faces, and on the table's side a QR code opening that company's capture on
// a table tablet of this deployment. The QR encoder is loaded with this page only.
import { useEffect, useState } from 'preact/hooks';
import { companiesByIds } from '../../db/companies';
import { getWorkshop } from '../../db/workshops';
import { WorkshopMissing } from './WorkshopMissing';
import { useLiveQuery } from '../hooks/use-live-query';
import { captureLink, isLocalOnly } from './capture-link';
import { drawQr, type QrDrawing } from './qr-code';
import './workshops.css';
import './name-cards.css';

/** Long names get a smaller type so they stay on two lines at most across the card. */
const nameSize = (name: string) => (name.length <= 18 ? 'ws-card-name-l' : name.length <= 32 ? 'ws-card-name-m' : 'ws-card-name-s');

function Qr({ drawing, label }: { drawing: QrDrawing; label: string }) {
  return (
    <svg class="ws-card-qr" viewBox={`0 0 ${drawing.side} ${drawing.side}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={drawing.side} height={drawing.side} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}

export function NameCardsPage({ id }: { id: string }) {
  const data = useLiveQuery(async () => {
    const workshop = await getWorkshop(id);
    if (!workshop) return undefined;
    const companies = (await companiesByIds(workshop.companyIds)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    return { workshop, companies };
  }, [id]);
  const base = `${location.origin}${location.pathname}`;
  const [codes, setCodes] = useState<Map<string, QrDrawing>>();
  const [failed, setFailed] = useState<string>();
  // A company met at the door needs its card alone, not the whole room's again.
  const [only, setOnly] = useState('');
  const companyKey = data.data?.companies.map((c) => c.id).join(',') ?? '';
  useEffect(() => {
    if (!data.data) return;
    let live = true;
    Promise.all(data.data.companies.map(async (c) => [c.id, await drawQr(captureLink(base, id, c.id))] as const))
      .then((pairs) => live && setCodes(new Map(pairs)))
      .catch((e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [companyKey, id, base]);

  if (data.loading) return <p class="loading">Chargement…</p>;
  if (!data.data) return <WorkshopMissing />;
  const { workshop, companies } = data.data;
  const printed = only ? companies.filter((c) => c.id === only) : companies;
  const tableOf = (companyId: string) => workshop.tables.find((t) => t.companyIds.includes(companyId))?.name ?? '';
  return (
    <article class="page ws-name-cards" aria-labelledby="cards-title">
      <div class="ws-no-print">
        <div class="actions">
          <a class="back" href={`#/ateliers/${workshop.id}`}>
            ← Atelier
          </a>
          <button type="button" class="btn btn-primary" disabled={!codes} onClick={() => window.print()}>
            Imprimer
          </button>
        </div>
        <h1 id="cards-title">Chevalets des participants ({companies.length})</h1>
        <label class="ws-cards-only">
          Chevalets à imprimer
          <select value={only} onChange={(e) => setOnly(e.currentTarget.value)}>
            <option value="">tous les chevalets</option>
            {companies.map((c) => (
              <option value={c.id}>le chevalet de {c.name}</option>
            ))}
          </select>
        </label>
        <p class="muted">
          A4, deux chevalets par feuille : pliez le long des pointillés. Le QR code, côté table, ouvre la saisie de l’entreprise sur une
          tablette connectée à un compte du territoire, à l’adresse <strong>{base}</strong>.
        </p>
        {isLocalOnly(base) && (
          <p class="notice" role="alert">
            Cette adresse n’est joignable que depuis cet appareil : les tablettes ne pourront pas l’ouvrir. Imprimez les chevalets depuis
            l’adresse du serveur de l’atelier.
          </p>
        )}
        {failed && (
          <p class="form-error" role="alert">
            QR codes impossibles à produire : {failed}
          </p>
        )}
      </div>
      {companies.length === 0 && <p class="muted">Aucune entreprise inscrite.</p>}
      {printed.map((c) => {
        const code = codes?.get(c.id);
        return (
          <section key={c.id} class="ws-name-card" aria-label={`Chevalet de ${c.name}`}>
            {/* Upside down on the sheet: once folded it faces the room the right way up. */}
            <div class="ws-card-face ws-card-back">
              <p class={`ws-card-name ${nameSize(c.name)}`}>{c.name}</p>
              {tableOf(c.id) && <p class="ws-card-sub">{tableOf(c.id)}</p>}
            </div>
            <div class="ws-card-face ws-card-front">
              <div>
                <p class={`ws-card-name ${nameSize(c.name)}`}>{c.name}</p>
                <p class="ws-card-sub">
                  {workshop.title}
                  {tableOf(c.id) && ` · ${tableOf(c.id)}`}
                </p>
              </div>
              {code ? (
                <figure>
                  <Qr drawing={code} label={`QR code : saisie de ${c.name}`} />
                  <figcaption>Saisie à la table</figcaption>
                </figure>
              ) : (
                <p class="muted">QR code…</p>
              )}
            </div>
          </section>
        );
      })}
    </article>
  );
}
