// Chooses the period (a year by default, a quarter, or custom dates) and the territory counted.
import { useState } from 'preact/hooks';
import { DateRangeSchema, PERIOD_KIND_LABELS, PERIOD_KINDS, quarterRange, yearRange, type PeriodKind } from '../../domain/indicators';
import type { Territory } from '../../domain/territory';
import type { Selection } from './indicator-query';
import { FormError } from '../components/form-error';

function kindOf(s: Selection): PeriodKind {
  const year = Number(s.range.from.slice(0, 4));
  const y = yearRange(year);
  if (y.from === s.range.from && y.to === s.range.to) return 'year';
  const quarter = [1, 2, 3, 4].find((q) => quarterRange(year, q).from === s.range.from && quarterRange(year, q).to === s.range.to);
  return quarter ? 'quarter' : 'custom';
}

export function PeriodPicker({
  selection,
  territories,
  onChange,
}: {
  selection: Selection;
  territories: Territory[];
  onChange: (next: Selection) => void;
}) {
  const [kind, setKind] = useState<PeriodKind>(() => kindOf(selection));
  const [error, setError] = useState<string>();
  const year = Number(selection.range.from.slice(0, 4));
  const quarter = Math.floor((Number(selection.range.from.slice(5, 7)) - 1) / 3) + 1;
  const thisYear = new Date().getFullYear();
  const recent = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const years = recent.includes(year) ? recent : [...recent, year].sort((a, b) => b - a);
  const set = (range: Selection['range']) => {
    const parsed = DateRangeSchema.safeParse(range);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    onChange({ ...selection, range: parsed.data });
  };
  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    if (next === 'year') set(yearRange(year));
    if (next === 'quarter') set(quarterRange(year, quarter));
  };
  return (
    <fieldset class="ind-picker">
      <legend>Période et territoire</legend>
      <div class="row">
        <label class="field">
          <span>Période</span>
          <select value={kind} onChange={(e) => chooseKind(e.currentTarget.value as PeriodKind)}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {PERIOD_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {kind !== 'custom' && (
          <label class="field">
            <span>Année</span>
            <select
              value={String(year)}
              onChange={(e) => {
                const y = Number(e.currentTarget.value);
                set(kind === 'year' ? yearRange(y) : quarterRange(y, quarter));
              }}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'quarter' && (
          <label class="field">
            <span>Trimestre</span>
            <select value={String(quarter)} onChange={(e) => set(quarterRange(year, Number(e.currentTarget.value)))}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  T{q}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'custom' && (
          <>
            <label class="field">
              <span>Du</span>
              <input type="date" value={selection.range.from} onChange={(e) => set({ ...selection.range, from: e.currentTarget.value })} />
            </label>
            <label class="field">
              <span>Au</span>
              <input type="date" value={selection.range.to} onChange={(e) => set({ ...selection.range, to: e.currentTarget.value })} />
            </label>
          </>
        )}
        <label class="field">
          <span>Territoire</span>
          <select
            value={selection.territoryId ?? ''}
            onChange={(e) => onChange({ ...selection, territoryId: e.currentTarget.value || undefined })}
          >
            <option value="">Tous les territoires de l’appareil</option>
            {territories.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormError message={error} />
    </fieldset>
  );
}
