// The company form, shared by creation and edition: identity, location, territory and business
// park, contact, consent.
import { useState } from 'preact/hooks';
import { COMMUNE_SETTINGS, COMMUNE_SETTING_LABELS, HEADCOUNT_BANDS, HEADCOUNT_LABELS, SELF_CONSUMPTION_RULE } from '../../domain';
import { db } from '../../db';
import { Field } from '../components/field';
import { lazyComponent } from '../components/lazy';
import { useLiveQuery } from '../hooks/use-live-query';
import { useSession } from '../sync/use-sync';
import { ParkPicker } from '../territories/ParkPicker';
import type { CompanyFormState } from './company-form-state';
import { territoryChoices } from './territory-choices';

type Errors = Partial<Record<keyof CompanyFormState, string>>;

// The map (MapLibre) loads only when asked for.
const PositionPicker = lazyComponent(() => import('../map/PositionPicker').then((m) => m.PositionPicker));
const decimal = (s: string) => (s.trim() === '' ? NaN : Number(s.replace(',', '.')));

export function CompanyForm(props: {
  value: CompanyFormState;
  errors: Errors;
  onChange: (next: CompanyFormState) => void;
  onBlur?: () => void;
}) {
  const { value: v, errors, onChange } = props;
  const territories = useLiveQuery(() => db().territories.toArray(), []).data ?? [];
  const session = useSession();
  const [locating, setLocating] = useState<string | undefined>();
  const [picking, setPicking] = useState(false);

  const set = <K extends keyof CompanyFormState>(key: K, value: CompanyFormState[K]) => onChange({ ...v, [key]: value });
  const text = (
    key: keyof CompanyFormState,
    label: string,
    opts: {
      type?: string;
      inputMode?: string;
      hint?: string;
      autoComplete?: string;
    } = {},
  ) => (
    <Field id={`company-${key}`} label={label} error={errors[key]} hint={opts.hint}>
      <input
        id={`company-${key}`}
        name={key}
        type={opts.type ?? 'text'}
        inputMode={opts.inputMode as never}
        autoComplete={opts.autoComplete ?? 'off'}
        value={v[key] as string}
        aria-invalid={errors[key] ? 'true' : undefined}
        aria-describedby={errors[key] ? `company-${key}-error` : undefined}
        onInput={(e) => set(key, e.currentTarget.value as never)}
        onBlur={props.onBlur}
      />
    </Field>
  );

  const locate = () => {
    if (!navigator.geolocation) {
      setLocating('La géolocalisation n’est pas disponible sur cet appareil.');
      return;
    }
    setLocating('Recherche de la position…');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(`Position relevée (précision ${Math.round(pos.coords.accuracy)} m).`);
        onChange({
          ...v,
          lat: pos.coords.latitude.toFixed(5).replace('.', ','),
          lon: pos.coords.longitude.toFixed(5).replace('.', ','),
        });
      },
      (err) =>
        setLocating(
          err.code === err.PERMISSION_DENIED
            ? 'Accès à la position refusé : saisissez la latitude et la longitude.'
            : 'Position introuvable : saisissez la latitude et la longitude.',
        ),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  };

  return (
    <div class="form-grid">
      <fieldset>
        <legend>Identité</legend>
        {text('name', 'Raison sociale *', { autoComplete: 'organization' })}
        {text('siret', 'SIRET', { inputMode: 'numeric', hint: '14 chiffres' })}
        {text('naf', 'Code NAF', { hint: 'ex. 25.62B' })}
        <Field id="company-headcount" label="Effectif" error={errors.headcount}>
          <select id="company-headcount" value={v.headcount} onChange={(e) => set('headcount', e.currentTarget.value)}>
            <option value="">Non renseigné</option>
            {HEADCOUNT_BANDS.map((b) => (
              <option key={b} value={b}>
                {HEADCOUNT_LABELS[b]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>Localisation</legend>
        <Field id="company-territoryId" label="Territoire (EPCI) *" error={errors.territoryId}>
          <select
            id="company-territoryId"
            value={v.territoryId}
            // Parks belong to a territory: the typed name stays, to be matched in the new one.
            onChange={(e) => onChange({ ...v, territoryId: e.currentTarget.value, parkId: '' })}
          >
            <option value="">Choisir…</option>
            {territoryChoices(territories, session, v.territoryId).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="company-zone" label="Zone d’activités" error={errors.zone ?? errors.parkId}>
          <ParkPicker
            id="company-zone"
            territoryId={v.territoryId}
            zone={v.zone}
            parkId={v.parkId}
            createdBy={session.kind === 'active' ? session.user.id : undefined}
            invalid={Boolean(errors.zone ?? errors.parkId)}
            onCommit={(choice) => onChange({ ...v, ...choice })}
            onBlur={props.onBlur}
          />
        </Field>
        {text('address', 'Adresse', { autoComplete: 'street-address' })}
        <div class="row">
          {text('lat', 'Latitude', { inputMode: 'decimal', hint: 'ex. 47,32' })}
          {text('lon', 'Longitude', { inputMode: 'decimal', hint: 'ex. 5,04' })}
        </div>
        <button type="button" class="btn" onClick={locate}>
          Utiliser ma position
        </button>{' '}
        <button type="button" class="btn" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          {picking ? 'Fermer la carte' : 'Placer sur la carte'}
        </button>
        {picking && (
          <PositionPicker
            territoryId={v.territoryId}
            at={
              Number.isFinite(decimal(v.lat)) && Number.isFinite(decimal(v.lon)) ? { lat: decimal(v.lat), lon: decimal(v.lon) } : undefined
            }
            onPick={(at) => onChange({ ...v, lat: String(at.lat).replace('.', ','), lon: String(at.lon).replace('.', ',') })}
          />
        )}
        <Field
          id="company-setting"
          label="Type de commune"
          error={errors.setting}
          hint={`Autoconsommation collective : ${SELF_CONSUMPTION_RULE.km.urban} km, ${SELF_CONSUMPTION_RULE.km.periurban} km en périurbain, ${SELF_CONSUMPTION_RULE.km.rural} km en rural`}
        >
          <select id="company-setting" value={v.setting} onChange={(e) => set('setting', e.currentTarget.value)}>
            <option value="">Non renseigné (urbain)</option>
            {COMMUNE_SETTINGS.map((s) => (
              <option key={s} value={s}>
                {COMMUNE_SETTING_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        {locating && (
          <p class="field-hint" role="status">
            {locating}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Contact</legend>
        {text('contactName', 'Nom du contact', { autoComplete: 'name' })}
        {text('contactRole', 'Fonction')}
        {text('contactEmail', 'E-mail', {
          type: 'email',
          autoComplete: 'email',
        })}
        {text('contactPhone', 'Téléphone', {
          type: 'tel',
          autoComplete: 'tel',
        })}
      </fieldset>
      <fieldset>
        <legend>Programme</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={v.consent}
            onChange={(e) =>
              onChange({
                ...v,
                consent: e.currentTarget.checked,
                consentDate: e.currentTarget.checked ? Date.now() : undefined,
              })
            }
          />
          L’entreprise accepte que ses flux soient partagés au sein du programme
        </label>
        <Field id="company-notes" label="Notes">
          <textarea
            id="company-notes"
            rows={3}
            value={v.notes}
            onInput={(e) => set('notes', e.currentTarget.value)}
            onBlur={props.onBlur}
          />
        </Field>
      </fieldset>
    </div>
  );
}
