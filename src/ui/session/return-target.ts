// Where to land after signing in: the page that sent the person to « Connexion »
// (`#/connexion?retour=<hash>`, e.g. a name card's capture link or the header's button), else the
// start page.
export function returnTarget(hash: string): string {
  const query = hash.split('?').slice(1).join('?');
  const back = query ? new URLSearchParams(query).get('retour') : null;
  // An address inside the app only, and never back to « Connexion » itself.
  return back && back.startsWith('#/') && !back.startsWith('#/connexion') ? back : '#/';
}

/** The link to « Connexion » from the page at `hash`, coming back to it afterwards. */
export function loginHrefFrom(hash: string): string {
  if (hash.startsWith('#/connexion')) return hash;
  if (!hash.startsWith('#/') || hash === '#/') return '#/connexion';
  return `#/connexion?retour=${encodeURIComponent(hash)}`;
}
