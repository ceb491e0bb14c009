// At a workshop table, the grade of the card just recorded in one tap or one key: what an offer is
// (one choice), what a need accepts (several). Only for entries with grades; what the words said
// at the table name (« chutes inox ») is shown as read until a grade is chosen.
import { useEffect, useRef, useState } from 'preact/hooks';
import { updateFlux } from '../../db/flux';
import { showToast } from '../components/toasts';
import { findResource, GRADE_KIND_LABELS, gradeChoicesFor, gradeFromText, GRADES, type Flux, type GradeCode } from '../../domain';

/** « Inox » rather than « Inox (acier inoxydable) » on a chip; the whole label stays its name. */
const short = (g: GradeCode) => GRADES[g].label.replace(/\s*\(.*\)$/, '');

export function GradePicker({ flux, onDone }: { flux: Flux; onDone: (message: string) => void }) {
  const resource = findResource(flux.resourceCode);
  const offer = flux.direction === 'offer';
  const [chosen, setChosen] = useState<GradeCode[]>([]);
  const [error, setError] = useState<string>();
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setChosen(offer ? (flux.grade ? [flux.grade] : []) : (flux.acceptedGrades ?? []));
    setError(undefined);
  }, [flux.id]);
  const choices = resource && !resource.isOther ? gradeChoicesFor(resource) : [];
  if (!resource || choices.length === 0) return null;
  const kind = resource.gradeKind ?? GRADES[choices[0]!].kind;
  const read = chosen.length === 0 && offer ? gradeFromText(`${flux.label ?? ''} ${flux.description ?? ''}`, kind) : undefined;

  const pick = async (g: GradeCode) => {
    const next = offer ? (chosen[0] === g ? [] : [g]) : chosen.includes(g) ? chosen.filter((c) => c !== g) : [...chosen, g];
    try {
      await updateFlux(flux.id, offer ? { grade: next[0] } : { acceptedGrades: next.length ? next : undefined });
      setChosen(next);
      setError(undefined);
      const what = next.length ? next.map(short).join(', ') : 'non précisée';
      const message = `${offer ? 'Qualité' : 'Accepté'} pour « ${flux.label || resource.label} » : ${what}.`;
      // An offer has one grade: back to typing the next word. A need may accept several: stay.
      if (offer) onDone(message);
      else showToast(message);
    } catch {
      setError('Qualité non enregistrée : réessayez.');
    }
  };
  // Keyboard: 1–9 choose the nth grade, the arrows move between chips.
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(group.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (/^[1-9]$/.test(e.key) && Number(e.key) <= choices.length) {
      e.preventDefault();
      void pick(choices[Number(e.key) - 1]!);
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && at >= 0) {
      e.preventDefault();
      buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    }
  };
  const title = offer ? `Qualité : ${GRADE_KIND_LABELS[kind]}` : 'J’accepte…';
  return (
    <div class="ws-grades">
      <p class="ws-grades-title" id={`ws-grades-${flux.id}`}>
        {title}
        {read && <span class="muted"> (lu dans vos mots : {short(read)}, touchez pour confirmer)</span>}
      </p>
      <div class="ws-quick" role="group" aria-labelledby={`ws-grades-${flux.id}`} ref={group} onKeyDown={onKeyDown}>
        {choices.map((g, i) => (
          <button
            type="button"
            class={`chip${chosen.includes(g) ? ' on' : ''}`}
            aria-pressed={chosen.includes(g)}
            title={`${GRADES[g].label}${i < 9 ? ` (touche ${i + 1})` : ''}`}
            onClick={() => void pick(g)}
          >
            {short(g)}
          </button>
        ))}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
