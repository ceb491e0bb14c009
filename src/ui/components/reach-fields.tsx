// The two numeric filters of a list of synergies (Synergies page, « À traiter »): minimum score
// and maximum distance; 0 means « no limit » for both.
interface Props {
  minScore: number;
  maxDistanceKm: number;
  onChange: (field: 'minScore' | 'maxDistanceKm', value: number) => void;
}

export function ReachFields({ minScore, maxDistanceKm, onChange }: Props) {
  return (
    <>
      <label>
        Score minimum
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={5}
          value={minScore || ''}
          placeholder="0"
          onInput={(e) => onChange('minScore', Number(e.currentTarget.value) || 0)}
        />
      </label>
      <label>
        Distance maximale (km)
        <input
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={maxDistanceKm || ''}
          placeholder="Sans limite"
          onInput={(e) => onChange('maxDistanceKm', Number(e.currentTarget.value) || 0)}
        />
      </label>
    </>
  );
}
