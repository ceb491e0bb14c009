// The server's indicator report for a selection, fetched when the page shows the programme's
// figures; a failure (offline, refused) is a French message and the device's figures stay shown.
import { useEffect, useState } from 'preact/hooks';
import { indicatorTables } from '../../domain/indicators';
import { fetchServerIndicators } from '../../sync/indicators-api';
import type { Selection } from './indicator-query';
import type { ShownReport } from './use-device-report';

export type ServerState =
  { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: ShownReport };

export function useServerReport(selection: Selection, names: Record<string, string> | undefined): ServerState {
  const [state, setState] = useState<ServerState>({ status: 'idle' });
  const wanted = selection.source === 'server' && names !== undefined;
  useEffect(() => {
    if (!wanted) return setState({ status: 'idle' });
    let cancelled = false;
    setState({ status: 'loading' });
    void fetchServerIndicators(selection.range, selection.territoryId).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setState({ status: 'failed', message: result.error.message });
      const { definitions: _definitions, ...report } = result.value;
      const scopeLabel = selection.territoryId
        ? (names[selection.territoryId] ?? selection.territoryId)
        : report.programme
          ? 'l’ensemble du programme'
          : 'vos territoires';
      setState({ status: 'ready', data: { report, tables: indicatorTables(report, names), names, scopeLabel } });
    });
    return () => {
      cancelled = true;
    };
    // Dependencies chosen on purpose: not every value the effect reads restarts it.
  }, [wanted, selection.range.from, selection.range.to, selection.territoryId]);
  return state;
}
