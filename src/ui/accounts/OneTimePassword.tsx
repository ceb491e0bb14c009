// A password the server generated, shown once: copy it or note it, it will not be shown again.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface OneTimePasswordProps {
  email: string;
  password: string;
  onDone: () => void;
  /** Replaced in tests (happy-dom has no real clipboard). */
  copy?: (text: string) => Promise<void>;
}

const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);

export function OneTimePassword({ email, password, onDone, copy = clipboardCopy }: OneTimePasswordProps) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  const box = useRef<HTMLDivElement>(null);
  // Moved to the panel so a keyboard or screen-reader user lands on the password at once; a new
  // password (the next account) starts without the previous one's « copié ».
  useEffect(() => {
    setCopied(undefined);
    box.current?.focus();
  }, [email, password]);

  async function copyPassword() {
    try {
      await copy(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <div class="acc-secret" ref={box} tabIndex={-1} role="region" aria-label={`Mot de passe de ${email}`} data-testid="acc-secret">
      <p>
        Mot de passe de <strong>{email}</strong> :
      </p>
      <p class="acc-secret-value">
        <code>{password}</code>
      </p>
      <p class="acc-secret-warning">Notez-le ou transmettez-le maintenant : il ne sera plus jamais affiché.</p>
      <div class="actions">
        <button type="button" class="btn btn-primary" onClick={copyPassword}>
          Copier le mot de passe
        </button>
        <button type="button" class="btn" onClick={onDone}>
          C’est noté, masquer
        </button>
      </div>
      <p role="status" class="acc-status">
        {copied === 'yes' && 'Mot de passe copié.'}
        {copied === 'failed' && 'Copie impossible : sélectionnez le mot de passe et copiez-le à la main.'}
      </p>
    </div>
  );
}
