// Loads a page's code on first use, so the app shell stays small on a weak connection.
import type { ComponentType, JSX, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: VNode | null = <p class="loading">Chargement…</p>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P): JSX.Element | null {
    const [, setReady] = useState(0);
    const [error, setError] = useState<string>();
    useEffect(() => {
      if (loaded) return;
      loading ??= load();
      loading.then(
        (c) => {
          loaded = c;
          setReady(1);
        },
        () => {
          loading = undefined;
          setError('Cette page n’a pas pu être chargée. Rechargez l’application.');
        },
      );
    }, []);
    if (error) return <p class="form-error">{error}</p>;
    if (!loaded) return fallback;
    const Component = loaded;
    return <Component {...props} />;
  };
}
