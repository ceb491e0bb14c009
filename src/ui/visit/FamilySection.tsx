// One section of the questionnaire: the common flux of a family as quick toggles, plus "other".
import { useState } from 'preact/hooks';
import { FAMILY_LABELS, resourcesOfFamily, type Family, type Flux } from '../../domain';
import { searchResources, suggestResources } from '../../domain/resource-search';

/** Official waste labels that take every word typed, for an « Autre » material recorded with its code. */
const officialLabels = (text: string) =>
  suggestResources(text, { family: 'materials' }).flatMap((s) => (s.kind === 'ler' ? [{ label: s.label, wasteCode: s.wasteCode }] : []));
import { OtherFlux } from './OtherFlux';
import { ResourceRow } from './ResourceRow';

export function FamilySection(props: { family: Family; companyId: string; visitId?: string; flux: Flux[] }) {
  const [filter, setFilter] = useState('');
  const resources = resourcesOfFamily(props.family);
  const other = resources.find((r) => r.isOther)!;
  // The same search as at a workshop table: synonyms, abbreviations, one typo, best match first.
  const listed = filter.trim() ? searchResources(filter, { family: props.family, limit: 100 }) : resources.filter((r) => !r.isOther);
  return (
    <section aria-labelledby={`section-${props.family}`}>
      <div class="section-head">
        <h2 id={`section-${props.family}`}>{FAMILY_LABELS[props.family]}</h2>
        <input
          type="search"
          class="section-filter"
          aria-label={`Filtrer les flux ${FAMILY_LABELS[props.family]}`}
          placeholder="Filtrer…"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </div>
      <ul class="resource-list">
        {listed.map((r) => (
          <ResourceRow
            key={r.code}
            resource={r}
            companyId={props.companyId}
            visitId={props.visitId}
            flux={props.flux.filter((f) => f.resourceCode === r.code)}
          />
        ))}
        {listed.length === 0 && <li class="muted">Aucun flux ne correspond à « {filter} » : ajoutez-le ci-dessous comme autre flux.</li>}
      </ul>
      <OtherFlux
        other={other}
        companyId={props.companyId}
        visitId={props.visitId}
        flux={props.flux.filter((f) => f.resourceCode === other.code)}
        suggestedLabel={listed.length === 0 ? filter.trim() : undefined}
        officialLabels={listed.length === 0 && props.family === 'materials' ? officialLabels(filter) : undefined}
      />
    </section>
  );
}
