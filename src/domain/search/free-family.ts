// The family of a free card typed at a table, from the words people use for each (« location de
// minipelle » is logistics, « agent d'entretien » skills): only materials carry waste, so a card of
// another family is never held back as a waste of unknown hazard. Materials when nothing says otherwise.
import type { Family } from '../families';
import { words } from './words';

// prettier-ignore
const CUES: Readonly<Record<Exclude<Family, 'materials'>, readonly string[]>> = {
  logistics: ['location', 'pret', 'louer', 'prete', 'materiel', 'engin', 'vehicule', 'camion', 'remorque', 'tracteur', 'minipelle', 'pelleteuse', 'grue', 'local', 'locaux', 'surface', 'entrepot', 'quai', 'hangar', 'atelier', 'machine', 'outil', 'outillage', 'equipement', 'stockage', 'transport', 'livraison', 'parking', 'salle', 'bureau'],
  skills: ['formation', 'agent', 'salarie', 'emploi', 'poste', 'technicien', 'competence', 'service', 'conseil', 'accompagnement', 'juriste', 'comptable', 'comptabilite', 'rh', 'menage', 'nettoyage', 'entretien', 'securite', 'garde', 'gardiennage', 'stagiaire', 'apprenti', 'interim', 'recrutement', 'personnel', 'main', 'oeuvre', 'expert', 'audit', 'maintenance', 'conciergerie', 'sport'],
  energy: ['energie', 'electricite', 'electrique', 'chaleur', 'froid', 'vapeur', 'gaz', 'solaire', 'photovoltaique', 'kwh', 'mwh', 'chauffage', 'climatisation', 'compresseur', 'hydrogene'],
  water: ['eau', 'effluent', 'pluie', 'pluviale', 'arrosage', 'irrigation', 'forage', 'puits', 'assainissement'],
};

const BY_WORD = new Map<string, Family>();
for (const [family, cues] of Object.entries(CUES) as [Family, readonly string[]][])
  for (const cue of cues) BY_WORD.set(words(cue)[0]!, family);

/** The family the typed words speak of: the first word that names one, else materials. */
export function freeCardFamily(text: string): Family {
  for (const w of words(text)) {
    const family = BY_WORD.get(w);
    if (family) return family;
  }
  return 'materials';
}
