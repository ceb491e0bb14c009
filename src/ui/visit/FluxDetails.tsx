// The expandable details of one flux: quantity, unit, period, availability, description, handling,
// and for a waste how it is recovered and, taken in, whether hazardous waste is accepted.
import { PERIODS, PERIOD_LABELS, UNITS, canConvert, getResource, type Flux, type UnitCode } from '../../domain';
import { AvailabilityField } from './AvailabilityField';
import { FluxField } from './flux-fields';
import { GradeFields } from './GradeFields';
import { WasteFields } from './WasteFields';

export function FluxDetails({ flux }: { flux: Flux }) {
  const resource = getResource(flux.resourceCode);
  // Offer the units that convert to the resource's default unit first, then the others.
  const units = (Object.keys(UNITS) as UnitCode[]).sort(
    (a, b) => Number(canConvert(b, resource.defaultUnit)) - Number(canConvert(a, resource.defaultUnit)),
  );
  const isWaste = flux.direction === 'offer' && resource.family === 'materials';
  return (
    <div class="flux-details">
      {resource.isOther && <FluxField flux={flux} field="label" label="Intitulé" kind="text" />}
      <div class="row">
        <FluxField flux={flux} field="quantity" label="Quantité" kind="number" />
        <FluxField flux={flux} field="unit" label="Unité" kind="select" options={units.map((u) => ({ value: u, label: UNITS[u].label }))} />
        <FluxField
          flux={flux}
          field="period"
          label="Période"
          kind="select"
          options={[{ value: '', label: 'sans période (stock)' }, ...PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))]}
        />
      </div>
      <AvailabilityField flux={flux} />
      <FluxField flux={flux} field="description" label="Description, qualité" kind="textarea" />
      <FluxField
        flux={flux}
        field="currentHandling"
        label={isWaste ? 'Gestion actuelle (prestataire, filière)' : 'Situation actuelle (fournisseur, solution)'}
        kind="text"
      />
      <div class="row">
        <FluxField flux={flux} field="annualCostEur" label="Coût annuel actuel (€)" kind="number" />
        <FluxField
          flux={flux}
          field="maxDistanceKm"
          label="Distance max. (km)"
          kind="number"
          hint={`Par défaut ${String(resource.maxDistanceKm).replace('.', ',')} km`}
        />
      </div>
      <FluxField flux={flux} field="confidential" label="Confidentiel (non partagé en atelier)" kind="checkbox" />
      <GradeFields flux={flux} resource={resource} />
      <WasteFields flux={flux} resource={resource} />
    </div>
  );
}
