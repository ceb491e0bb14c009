// Capture at a workshop table: pick the company, say « Je propose » or « Je recherche », type a
// word + Enter (or tap a common card); « Entreprise suivante » moves on without leaving the screen.
// A name card's QR code opens it with its company chosen (`?entreprise=`), on any table's tablet.
import { companiesByIds } from '../../db/companies';
import { useEffect, useRef, useState } from 'preact/hooks';
import { DIRECTION_LABELS, findResource, searchKey, type Direction, type Flux, type ResourceType } from '../../domain';
import type { Suggestion } from '../../domain/resource-search';
import { removeFlux } from '../../db/flux';
import { captureFlux, getWorkshop } from '../../db/workshops';
import { useLiveQuery } from '../hooks/use-live-query';
import { useHashState } from '../router';
import { AddParticipant } from './AddParticipant';
import { CaptureMissing } from './CaptureMissing';
import { requestedCompany } from './capture-link';
import { CapturedList } from './CapturedList';
import { isConfidentialChoice, rememberConfidentialChoice } from './confidential-choice';
import { LastCard } from './LastCard';
import { PositionNote } from './PositionNote';
import { EMPTY_QUANTITY, parseQuantity, QuantityFields, type QuantityValue } from './QuantityFields';
import { PRIORITY_RESOURCES } from './priority-resources';
import { ResourcePicker } from './ResourcePicker';
import { nextCompany, tableCompanies } from './seating';
import './workshops.css';

const DIRECTION_VERBS: Record<Direction, string> = { offer: 'Je propose', need: 'Je recherche' };
const tableKey = (workshopId: string) => `atelier-table:${workshopId}`;

export function CaptureScreen({ id }: { id: string }) {
  const workshop = useLiveQuery(() => getWorkshop(id), [id]);
  const [tableId, setTableId] = useState(() => localStorage.getItem(tableKey(id)) ?? '');
  const requested = useHashState(requestedCompany);
  const [companyId, setCompanyId] = useState(requested);
  const [direction, setDirection] = useState<Direction>('offer');
  const [quantity, setQuantity] = useState<QuantityValue>(EMPTY_QUANTITY);
  const [last, setLast] = useState<Flux>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement | null>(null);
  const [, rerender] = useState(0);
  const w = workshop.data;
  // A scanned card: its company, shown at its own table for now (the tablet keeps remembering its
  // table). Done once per scan, so choosing another table afterwards is not undone.
  const shownFor = useRef('');
  useEffect(() => {
    if (!w || !requested || shownFor.current === requested) return;
    shownFor.current = requested;
    setCompanyId(requested);
    const seatedAt = w.tables.find((t) => t.companyIds.includes(requested))?.id ?? '';
    if (tableId && seatedAt !== tableId) setTableId(seatedAt);
  }, [w, requested, tableId]);
  const seated = w ? tableCompanies(w, tableId) : [];
  const companies = useLiveQuery(() => companiesByIds(seated), [seated.join(',')]).data ?? [];

  if (workshop.loading) return <p class="loading">Chargement…</p>;
  if (!w) return <CaptureMissing />;
  // The company a card asked for, never another one in its place while it is still on its way.
  const waiting = companyId !== '' && companyId === requested && !companies.some((c) => c.id === companyId);
  const current = waiting ? undefined : (companies.find((c) => c.id === companyId) ?? companies[0]);
  const confidential = current ? isConfidentialChoice(current.id) : false;

  const record = async (picked: ResourceType | Suggestion, typed = '') => {
    const resource = 'kind' in picked ? picked.resource : picked;
    // Words beyond the entry's name (« chutes inox », « vapeur 12 bar ») say its grade: kept with the flux.
    const entry = !('kind' in picked) || picked.kind === 'entry';
    const said = entry && typed && searchKey(typed) !== searchKey(resource.label) ? { said: typed } : {};
    // A free card or an official LER label is recorded under « Autre » with its words (and code).
    const free =
      'kind' in picked && picked.kind !== 'entry'
        ? { label: picked.label, wasteCode: picked.kind === 'ler' ? picked.wasteCode : undefined }
        : {};
    const shown = free.label ?? resource.label;
    setError(undefined);
    if (!current) return setError('Choisissez d’abord une entreprise.');
    if (!resource.directions.includes(direction)) {
      return setError(`« ${shown} » ne peut être que ${resource.directions.includes('offer') ? 'proposé' : 'recherché'}.`);
    }
    const q = parseQuantity(quantity.text);
    if (q === 'invalid') return setError('Quantité invalide : un nombre positif, ou rien.');
    const measure = q === undefined ? {} : { quantity: q, unit: quantity.unit || resource.defaultUnit, period: quantity.period };
    const flux = await captureFlux(w.id, {
      companyId: current.id,
      resourceCode: resource.code,
      direction,
      confidential,
      ...measure,
      ...free,
      ...said,
    });
    setQuantity(EMPTY_QUANTITY);
    setLast(flux);
    input.current?.focus();
  };

  const chooseTable = (next: string) => {
    setTableId(next);
    localStorage.setItem(tableKey(id), next);
  };

  return (
    <section class="ws-capture" aria-labelledby="capture-title">
      <div class="page-header">
        <div>
          <a class="back" href={`#/ateliers/${w.id}`}>
            ← {w.title}
          </a>
          <h1 id="capture-title">Saisie à la table</h1>
        </div>
        {w.tables.length > 1 && (
          <label class="ws-table-choice">
            Table
            <select value={tableId} onChange={(e) => chooseTable(e.currentTarget.value)}>
              <option value="">Toutes les tables</option>
              {w.tables.map((t) => (
                <option value={t.id}>{t.name}</option>
              ))}
            </select>
          </label>
        )}
      </div>

      <div class="ws-companies" role="radiogroup" aria-label="Entreprise">
        {companies.map((c) => (
          <button
            type="button"
            role="radio"
            aria-checked={c.id === current?.id}
            class={`chip ws-company${c.id === current?.id ? ' on' : ''}`}
            onClick={() => setCompanyId(c.id)}
          >
            {c.name}
          </button>
        ))}
      </div>
      <AddParticipant workshop={w} tableId={tableId || undefined} onAdded={(cid) => setCompanyId(cid)} />

      {current ? (
        <div class="ws-form">
          <h2>{current.name}</h2>
          <PositionNote company={current} />
          <div class="ws-form-toggles">
            <div class="toggles" role="group" aria-label="Sens">
              {(['offer', 'need'] as const).map((d) => (
                <button
                  type="button"
                  class={`toggle toggle-${d}${direction === d ? ' on' : ''}`}
                  aria-pressed={direction === d}
                  title={DIRECTION_LABELS[d]}
                  onClick={() => setDirection(d)}
                >
                  {DIRECTION_VERBS[d]}
                </button>
              ))}
            </div>
            <button
              type="button"
              class={`toggle ws-confidential${confidential ? ' on' : ''}`}
              aria-pressed={confidential}
              onClick={() => {
                rememberConfidentialChoice(current.id, !confidential);
                rerender((n) => n + 1);
              }}
            >
              Confidentiel
            </button>
          </div>
          {confidential && (
            <p class="ws-confidential-note">
              Les cartes de {current.name} restent confidentielles : jamais au projecteur ni au compte rendu.
            </p>
          )}
          <div class="row">
            <div class="field ws-resource">
              <label for="ws-resource">Ressource (un mot puis Entrée)</label>
              <ResourcePicker id="ws-resource" direction={direction} onPick={(s, typed) => void record(s, typed)} inputRef={input} />
            </div>
            <QuantityFields id="ws-quantity" label="Quantité (facultatif)" value={quantity} onChange={setQuantity} />
          </div>
          {last && last.companyId === current.id && (
            <LastCard
              flux={last}
              onDone={() => input.current?.focus()}
              onUndo={() => {
                void removeFlux(last.id);
                setLast(undefined);
                input.current?.focus();
              }}
            />
          )}
          {error && (
            <p class="form-error" role="alert">
              {error}
            </p>
          )}
          <div class="ws-quick" aria-label="Cartes fréquentes">
            {PRIORITY_RESOURCES.map((code) => findResource(code))
              .filter((r): r is ResourceType => r !== undefined && r.directions.includes(direction))
              .map((r) => (
                <button type="button" class="chip" onClick={() => void record(r)}>
                  {r.label}
                </button>
              ))}
          </div>
          <section class="ws-noted" aria-labelledby="ws-noted-title">
            <h3 id="ws-noted-title">Déjà noté</h3>
            <CapturedList companyId={current.id} />
          </section>
          <div class="actions sticky-actions">
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => {
                setCompanyId(
                  nextCompany(
                    companies.map((c) => c.id),
                    current.id,
                  ) ?? current.id,
                );
                setError(undefined);
                input.current?.focus();
              }}
            >
              Entreprise suivante →
            </button>
          </div>
        </div>
      ) : waiting ? (
        <p class="notice" role="status">
          {w.companyIds.includes(requested)
            ? 'L’entreprise de ce chevalet arrive avec la synchronisation : sa saisie s’ouvrira ici.'
            : `L’entreprise de ce chevalet n’est pas inscrite à « ${w.title} » : choisissez une entreprise ci-dessus ou ajoutez-la.`}
        </p>
      ) : (
        <p class="muted">Ajoutez une entreprise pour commencer la saisie.</p>
      )}
    </section>
  );
}
