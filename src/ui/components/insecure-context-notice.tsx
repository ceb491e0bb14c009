// Said plainly when the app is served over plain HTTP away from localhost: the browser then refuses
// the service worker, so nothing works offline and the app cannot be installed.
export function InsecureContextNotice() {
  return (
    <div class="insecure-notice" role="alert">
      <strong>Connexion non sécurisée (http://).</strong> Sur cette adresse, le navigateur refuse le mode hors ligne et l’installation de
      l’application : ce qui est saisi sans réseau ne pourra pas être rouvert. Utilisez l’adresse en https:// de votre programme, ou
      demandez-la à votre service informatique.
    </div>
  );
}
