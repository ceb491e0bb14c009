// The outline of a territory on the Territoires page: an admin picks a GeoJSON file (checked here
// for a quick answer, then by the server), or removes the outline; others see whether there is one.
import { useState } from 'preact/hooks';
import type { Territory } from '../../domain';
import { MAX_OUTLINE_FILE_BYTES, outlineFromGeoJson, OutlineSchema } from '../../domain/map/outline';
import { referenceApi } from '../../sync/reference-api';
import { showToast } from '../components/toasts';
import { useReferenceCall } from '../territories/use-reference-call';
import { FormError } from '../components/form-error';
import './map.css';

const points = (outline: unknown) => {
  const parsed = OutlineSchema.safeParse(outline);
  return parsed.success ? parsed.data.coordinates.flat(2).length : 0;
};

export function OutlineField({ territory, admin, blocked }: { territory: Territory; admin: boolean; blocked?: string }) {
  const { busy, error, run } = useReferenceCall();
  const [local, setLocal] = useState<string>();
  const has = points(territory.outline);

  const load = async (file: File | undefined) => {
    setLocal(undefined);
    if (!file) return;
    if (file.size > MAX_OUTLINE_FILE_BYTES) {
      setLocal(
        `Fichier trop lourd (${Math.round(file.size / 1024)} Ko, ${MAX_OUTLINE_FILE_BYTES / 1000} Ko au plus) : simplifiez le contour.`,
      );
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setLocal('Fichier illisible : GeoJSON attendu.');
      return;
    }
    const read = outlineFromGeoJson(json);
    if (!read.ok) {
      setLocal(read.error);
      return;
    }
    const done = await run(
      () => referenceApi.setTerritoryOutline(territory.id, read.outline),
      (t) => ({ territories: [t] }),
    );
    if (done) showToast(`Contour de ${territory.name} enregistré (${read.points.toLocaleString('fr-FR')} points)`);
  };
  const remove = async () => {
    const done = await run(
      () => referenceApi.removeTerritoryOutline(territory.id),
      (t) => ({ territories: [t] }),
    );
    if (done) showToast(`Contour de ${territory.name} retiré`);
  };

  return (
    <div class="outline-field">
      <span class="muted">
        {has > 0 ? `Contour sur la carte : ${has.toLocaleString('fr-FR')} points.` : 'Pas de contour sur la carte.'}
      </span>
      {admin && (
        <>
          {' '}
          <label class="btn btn-light">
            {has > 0 ? 'Remplacer le contour (GeoJSON)' : 'Charger le contour (GeoJSON)'}
            <input
              type="file"
              class="sr-only"
              accept=".geojson,.json,application/geo+json,application/json"
              disabled={Boolean(blocked) || busy}
              onChange={(e) => {
                const input = e.currentTarget;
                void load(input.files?.[0]).finally(() => (input.value = ''));
              }}
            />
          </label>
          {has > 0 && (
            <button type="button" class="btn btn-light" disabled={Boolean(blocked) || busy} onClick={() => void remove()}>
              Retirer le contour
            </button>
          )}
        </>
      )}
      <FormError message={local ?? error?.message} />
    </div>
  );
}
