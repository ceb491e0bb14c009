// « Préparer la carte hors ligne »: the basemap of the companies shown (a territory, or all), up to
// a chosen zoom, with its size said before anything is downloaded; then it works with no network.
import { useEffect, useState } from 'preact/hooks';
import type { AreaSize } from '../../domain/map/basemap';
import { bboxAround, MAX_PREPARED_ZOOM } from '../../domain/map/tiles';
import { areaSize, forgetPreparedAreas, prepareArea, preparedTiles, type PrepareProgress } from '../../pwa/offline-map';
import { useOnline } from '../hooks/use-online';
import type { MapCompany } from './use-map-data';

const ZOOMS = [10, 11, 12, 13, MAX_PREPARED_ZOOM];
const ZOOM_LABELS: Record<number, string> = { 10: 'agglomération', 12: 'quartiers', 14: 'rues' };
const fr = (n: number) => n.toLocaleString('fr-FR');
const mo = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

type Step =
  { kind: 'idle' } | { kind: 'sized'; size: AreaSize } | { kind: 'loading'; progress: PrepareProgress } | { kind: 'done'; tiles: number };

export function OfflineAreaPanel({ companies, minZoom, maxZoom }: { companies: readonly MapCompany[]; minZoom: number; maxZoom: number }) {
  const online = useOnline();
  const [zoom, setZoom] = useState(MAX_PREPARED_ZOOM);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string>();
  const [prepared, setPrepared] = useState<number>();
  const refresh = () => void preparedTiles().then(setPrepared, () => undefined);
  useEffect(refresh, []);
  const bbox = bboxAround(companies.map((c) => c.location ?? c.placed).filter((l) => l !== undefined));
  // Another area or zoom: the size said no longer holds.
  const key = `${bbox?.join(',')}|${zoom}`;
  useEffect(() => setStep((s) => (s.kind === 'sized' ? { kind: 'idle' } : s)), [key]);

  const size = async () => {
    if (!bbox) return;
    setError(undefined);
    try {
      setStep({ kind: 'sized', size: await areaSize(bbox, zoom) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const download = async () => {
    if (!bbox) return;
    setError(undefined);
    try {
      // Past the archive's last zoom the map enlarges its tiles: nothing more to fetch.
      const done = await prepareArea(bbox, minZoom, Math.min(zoom, maxZoom), (progress) => setStep({ kind: 'loading', progress }));
      setStep({ kind: 'done', tiles: done.total });
    } catch (e) {
      setError(`Préparation interrompue : ${e instanceof Error ? e.message : String(e)}`);
      setStep({ kind: 'idle' });
    }
    refresh();
  };

  return (
    <details class="map-offline">
      <summary>Préparer la carte hors ligne</summary>
      {!bbox ? (
        <p>Aucune entreprise placée : rien à préparer.</p>
      ) : (
        <>
          <p>
            Le fond de carte autour des {fr(companies.length)} entreprises affichées (choisissez un territoire dans les filtres pour n’en
            préparer qu’un), enregistré sur cet appareil pour s’afficher sans réseau.
          </p>
          <label>
            Jusqu’au niveau de détail
            <select value={zoom} onChange={(e) => setZoom(Number(e.currentTarget.value))}>
              {ZOOMS.map((z) => (
                <option value={z}>
                  {z}
                  {ZOOM_LABELS[z] ? ` (${ZOOM_LABELS[z]})` : ''}
                </option>
              ))}
            </select>
          </label>{' '}
          {step.kind !== 'loading' && (
            <button type="button" class="btn" disabled={!online} onClick={size}>
              Calculer la taille
            </button>
          )}
          {!online && <p class="muted">Hors ligne : la préparation demande le réseau.</p>}
          {step.kind === 'sized' && (
            <p>
              {fr(step.size.tiles)} tuiles, {mo(step.size.bytes)}.{' '}
              <button type="button" class="btn btn-primary" onClick={download} disabled={!online || step.size.tiles === 0}>
                Télécharger
              </button>
            </p>
          )}
          {step.kind === 'loading' && (
            <p role="status">
              <progress max={step.progress.total} value={step.progress.done} /> {fr(step.progress.done)} / {fr(step.progress.total)} tuiles
            </p>
          )}
          {step.kind === 'done' && <p role="status">Zone prête hors ligne ({fr(step.tiles)} tuiles vérifiées).</p>}
        </>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {prepared !== undefined && prepared > 0 && (
        <p class="muted">
          {fr(prepared)} tuiles préparées sur cet appareil.{' '}
          <button type="button" class="btn" onClick={() => void forgetPreparedAreas().then(refresh)}>
            Les supprimer
          </button>
        </p>
      )}
    </details>
  );
}
