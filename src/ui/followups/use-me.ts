// Who is acting on this device (signed-in user, or this device when nobody is), as a Person.
import { useEffect, useState } from 'preact/hooks';
import { currentActor } from '../../db/followups';
import type { Person } from './assignees';

export function useMe(): Person | undefined {
  const [me, setMe] = useState<Person>();
  useEffect(() => {
    let live = true;
    void currentActor().then((a) => live && setMe({ id: a.id, name: a.name }));
    return () => void (live = false);
  }, []);
  return me;
}
