// Step 3 of the flux import: the resource words the questionnaire's search could not map surely
// (« Autre », an official LER label, or one guess among several), each to confirm or change.
import { useState } from 'preact/hooks';
import { FAMILY_LABELS, findResource } from '../../domain';
import { suggestResources, type Suggestion } from '../../domain/resource-search';
import { choiceOf, type ResourceChoice, type ResourceWord } from '../../exchange';
import { useStepFocus } from './use-step-focus';

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

interface Option {
  choice: ResourceChoice;
  text: string;
}

const optionOf = (s: Suggestion): Option => ({ choice: choiceOf(s), text: suggestionText(s) });

/** One word: the search's suggestions, or those of other words typed, and « Autre » with the file's words. */
function WordChoice({ word, current, onChoose }: { word: ResourceWord; current: ResourceChoice | undefined; onChoose: (c: ResourceChoice | undefined) => void }) {
  const [query, setQuery] = useState('');
  const own = word.suggestions.filter((s) => s.kind === 'free').map(optionOf);
  const found = query.trim() ? suggestResources(query, { direction: word.direction, limit: 8 }).filter((s) => s.kind !== 'free').map(optionOf) : word.suggestions.filter((s) => s.kind !== 'free').map(optionOf);
  let options = [...found, ...own];
  // The choice made stays in the list while other words are searched.
  if (current && !options.some((o) => same(current, o.choice))) options = [{ choice: current, text: choiceText(current) }, ...options];
  const index = current ? options.findIndex((o) => same(current, o.choice)) : -1;
  const id = `flux-word-${word.key}`;
  return (
    <li class="field">
      <label for={id}>
        « {word.text} » {DIRECTION_WORD[word.direction]}{' '}
        <small class="muted">
          ({rowsText(word.rows)}
          {word.remembered ? ' ; choix d’un import précédent' : ''})
        </small>
      </label>
      <select id={id} value={index >= 0 ? String(index) : ''} onChange={(e) => {
        const v = e.currentTarget.value;
        onChoose(v === '' ? undefined : options[Number(v)]!.choice);
      }}>
        {options.map((o, i) => (
          <option key={i} value={String(i)}>
            {o.text}
          </option>
        ))}
        <option value="">— ne pas importer ces lignes —</option>
      </select>
      <input
        type="search"
        aria-label={`Chercher une autre entrée pour « ${word.text} »`}
        placeholder="Chercher une autre entrée…"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
    </li>
  );
}

export function FluxReviewStep(p: Props) {
  const heading = useStepFocus<HTMLHeadingElement>();
  const toReview = p.words.filter((w) => !w.sure);
  const sure = p.words.filter((w) => w.sure);
  return (
    <div class="flux-import-step" data-testid="flux-review">
      <h3 ref={heading} tabIndex={-1}>Ressources à vérifier</h3>
      {toReview.length === 0 ? (
        <p>Tous les mots du fichier correspondent à une entrée du vocabulaire.</p>
      ) : (
        <p class="muted">
          {toReview.length} mot(s) sans correspondance sûre. Choisissez l’entrée du vocabulaire, ou gardez « Autre » avec les mots du fichier comme libellé.
        </p>
      )}
      <ul class="flux-review-list">
        {toReview.map((w) => (
          <WordChoice key={w.key} word={w} current={p.choices.get(w.key)} onChoose={(c) => p.onChoose(w.key, c)} />
        ))}
      </ul>
      {sure.length > 0 && (
        <details>
          <summary>{sure.length} mot(s) reconnu(s) d’office, à changer si besoin</summary>
          <ul class="flux-review-list">
            {sure.map((w) => (
              <WordChoice key={w.key} word={w} current={p.choices.get(w.key)} onChoose={(c) => p.onChoose(w.key, c)} />
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
