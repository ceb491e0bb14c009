// Step 3 of the flux import: the resource words the questionnaire's search could not map surely
// (« Autre », an official LER label, or one guess among several), each to confirm or change.
import { FAMILY_LABELS, findResource } from '../../domain';
import type { Suggestion } from '../../domain/resource-search';
import { choiceOf, type ResourceChoice, type ResourceWord } from '../../exchange';

interface Props {
  words: readonly ResourceWord[];
  choices: ReadonlyMap<string, ResourceChoice | undefined>;
  onChoose: (key: string, choice: ResourceChoice | undefined) => void;
  onBack: () => void;
  onImport: () => void;
  busy: boolean;
}

const DIRECTION_WORD = { need: 'recherché', offer: 'proposé' } as const;

function suggestionText(s: Suggestion): string {
  if (s.kind === 'entry') return s.resource.label;
  if (s.kind === 'ler') return `${s.label} (code déchet ${s.wasteCode})`;
  return `Autre (${FAMILY_LABELS[s.resource.family].toLowerCase()}) : « ${s.label} »`;
}

function choiceText(c: ResourceChoice | undefined): string {
  if (!c) return 'non importé';
  return c.label ? `Autre : « ${c.label} »` : (findResource(c.resourceCode)?.label ?? c.resourceCode);
}

const same = (a: ResourceChoice | undefined, b: ResourceChoice) =>
  a !== undefined && a.resourceCode === b.resourceCode && a.label === b.label && a.wasteCode === b.wasteCode;

const rowsText = (rows: readonly number[]) => `ligne${rows.length > 1 ? 's' : ''} ${rows.slice(0, 6).join(', ')}${rows.length > 6 ? '…' : ''}`;

export function FluxReviewStep(p: Props) {
  const toReview = p.words.filter((w) => !w.sure);
  const sure = p.words.filter((w) => w.sure);
  return (
    <div class="flux-import-step" data-testid="flux-review">
      <h3>Ressources à vérifier</h3>
      {toReview.length === 0 ? (
        <p>Tous les mots du fichier correspondent à une entrée du vocabulaire.</p>
      ) : (
        <p class="muted">
          {toReview.length} mot(s) sans correspondance sûre. Choisissez l’entrée du vocabulaire, ou gardez « Autre » avec les mots du fichier comme libellé.
        </p>
      )}
      <ul class="flux-review-list">
        {toReview.map((w) => {
          const current = p.choices.get(w.key);
          const index = w.suggestions.findIndex((s) => same(current, choiceOf(s)));
          return (
            <li key={w.key} class="field">
              <label for={`flux-word-${w.key}`}>
                « {w.text} » {DIRECTION_WORD[w.direction]} <small class="muted">({rowsText(w.rows)})</small>
              </label>
              <select
                id={`flux-word-${w.key}`}
                value={current ? String(index) : ''}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  p.onChoose(w.key, v === '' ? undefined : choiceOf(w.suggestions[Number(v)]!));
                }}
              >
                {w.suggestions.map((s, i) => (
                  <option key={i} value={String(i)}>
                    {suggestionText(s)}
                  </option>
                ))}
                <option value="">— ne pas importer ces lignes —</option>
              </select>
            </li>
          );
        })}
      </ul>
      {sure.length > 0 && (
        <details>
          <summary>{sure.length} mot(s) reconnu(s) d’office</summary>
          <ul>
            {sure.map((w) => (
              <li key={w.key}>
                « {w.text} » {DIRECTION_WORD[w.direction]} → {choiceText(p.choices.get(w.key))}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="actions">
        <button type="button" class="btn btn-primary" disabled={p.busy} onClick={p.onImport}>
          Importer les flux
        </button>
        <button type="button" class="btn btn-light" disabled={p.busy} onClick={p.onBack}>
          Retour aux colonnes
        </button>
      </div>
    </div>
  );
}
