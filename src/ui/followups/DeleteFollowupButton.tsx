// « Supprimer » for a follow-up recorded by mistake (a manual synergy typed twice, say): referents
// and admins only; a tombstone that syncs, undone from the toast.
import { currentActor, deleteFollowup, restoreFollowup } from '../../db/followups';
import { errorMessage } from '../autosave/use-autosave';
import { showToast } from '../components/toasts';
import { navigate } from '../router';

export function DeleteFollowupButton({ id }: { id: string }) {
  async function run() {
    try {
      await deleteFollowup(id, await currentActor());
      navigate('/suivi/pipeline');
      showToast('Suivi supprimé', {
        action: {
          label: 'Annuler',
          run: async () => {
            try {
              await restoreFollowup(id, await currentActor());
              navigate(`/suivi/${id}`);
            } catch (e) {
              showToast(`Impossible de le rétablir : ${errorMessage(e)}`, { kind: 'error' });
            }
          },
        },
      });
    } catch (e) {
      showToast(`Le suivi n’a pas été supprimé : ${errorMessage(e)}`, { kind: 'error' });
    }
  }
  return (
    <button type="button" class="btn btn-danger" onClick={run}>
      Supprimer
    </button>
  );
}
