// A number that changes each time the matching worker's held result changes (a full run, a
// company's update): put it in a live query's deps so pages mixing stored records and held
// synergies (the follow-up queue, the projector) ask again.
import { useEffect, useState } from 'preact/hooks';
import { onResultsChanged, resultsVersion } from '../../matching/store';

export function useResultsVersion(): number {
  const [version, setVersion] = useState(resultsVersion);
  useEffect(() => onResultsChanged(() => setVersion(resultsVersion())), []);
  return version;
}
