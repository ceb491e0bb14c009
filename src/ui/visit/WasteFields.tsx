// Details of a waste flux: its LER code, the recovery operation (R code) and, for a company that
// takes a hazardous waste in, the authorisation without which it is never proposed.
import { RECOVERY_OPERATION_LABELS, recoveryOperationsFor, type Flux, type ResourceType } from '../../domain';
import { fluxWasteHazard } from '../../domain/ler';
import { FluxField } from './flux-fields';
import { LerCodeField } from './LerCodeField';

export function WasteFields({ flux, resource }: { flux: Flux; resource: ResourceType }) {
  const operations = recoveryOperationsFor(resource);
  if (operations.length === 0) return null;
  // From the flux's code; a waste whose code is unknown may be hazardous too.
  const hazard = fluxWasteHazard(flux);
  const hazardous = hazard !== 'non-hazardous';
  const takesIn = flux.direction === 'need';
  return (
    <div class="waste-fields">
      {takesIn && (
        <p class="muted">
          Accepte en entrée (recycleur, compostage, méthanisation, valorisation énergétique) : indiquez l’opération de valorisation.
        </p>
      )}
      <FluxField
        flux={flux}
        field="recoveryOperation"
        label={takesIn ? 'Opération de valorisation réalisée (code R)' : 'Valorisation visée (code R)'}
        kind="select"
        options={[
          { value: '', label: 'Non renseignée' },
          ...operations.map((r) => ({ value: r, label: `${r} — ${RECOVERY_OPERATION_LABELS[r]}` })),
        ]}
      />
      {hazardous && takesIn && (
        <FluxField
          flux={flux}
          field="acceptsHazardous"
          label="Autorisée à recevoir ce déchet dangereux (sinon aucune mise en relation)"
          kind="checkbox"
        />
      )}
      <LerCodeField flux={flux} />
      {hazard === 'hazardous' && <p class="muted">Déchet dangereux : proposé seulement aux entreprises autorisées à le recevoir.</p>}
    </div>
  );
}
