// How much a follow-up's append-only lists may hold, per person and for the people who do not
// decide together: one advisor's flood can neither freeze a follow-up nor make it heavy to send,
// and a referent's decision is checked only against the referent's own share.
import type { HistoryEntry, Note } from './followup';
import { refusal, type Refusal } from './refusals';

export const FOLLOWUP_LIMITS = {
  /** Notes one person may write on one follow-up. */
  notesPerAuthor: 100,
  /** Characters of all the notes one person wrote on one follow-up. */
  noteCharsPerAuthor: 50_000,
  /** History lines (status moves) one person may add to one follow-up. */
  historyPerAuthor: 150,
  /** Characters of the comments of one person's history lines on one follow-up. */
  historyCharsPerAuthor: 30_000,
  /** Notes of a follow-up, all authors together, beyond which only those who decide may add one. */
  sharedNotes: 300,
  /** Characters of a follow-up's notes, all authors together, with the same exception. */
  sharedNoteChars: 150_000,
  /**
   * Characters of the synergy's snapshot when it is opened (a device keeps 500 companies at most,
   * about 150,000 characters): it never grows afterwards, so decisions are never blocked by it.
   */
  snapshotChars: 400_000,
} as const;

const fr = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

export interface EntryAdditions {
  /** Everything the follow-up holds after the addition. */
  history: readonly Pick<HistoryEntry, 'by' | 'comment'>[];
  notes: readonly Pick<Note, 'by' | 'text'>[];
  /** How many of them are new, for the author checked. */
  addedHistory: number;
  addedNotes: number;
}

/**
 * The refusal (naming the limit) when `author`'s additions would pass a limit, else undefined.
 * `decides`: the author may decide this follow-up; their additions are never limited by others'.
 */
export function limitRefusal(lists: EntryAdditions, author: string, decides: boolean): Refusal | undefined {
  const L = FOLLOWUP_LIMITS;
  const own = <T extends { by: string }>(list: readonly T[]) => list.filter((e) => e.by === author);
  if (lists.addedNotes > 0) {
    const mine = own(lists.notes);
    if (mine.length > L.notesPerAuthor) {
      return refusal('limit-reached', `Limite atteinte : ${fr(L.notesPerAuthor)} notes par personne sur un suivi`);
    }
    if (mine.reduce((n, e) => n + e.text.length, 0) > L.noteCharsPerAuthor) {
      return refusal('limit-reached', `Limite atteinte : ${fr(L.noteCharsPerAuthor)} caractères de notes par personne sur un suivi`);
    }
    if (!decides && lists.notes.length > L.sharedNotes) {
      return refusal(
        'limit-reached',
        `Limite atteinte : ${fr(L.sharedNotes)} notes sur ce suivi ; seuls les référents peuvent encore en ajouter`,
      );
    }
    if (!decides && lists.notes.reduce((n, e) => n + e.text.length, 0) > L.sharedNoteChars) {
      return refusal(
        'limit-reached',
        `Limite atteinte : ${fr(L.sharedNoteChars)} caractères de notes sur ce suivi ; seuls les référents peuvent encore en ajouter`,
      );
    }
  }
  if (lists.addedHistory > 0) {
    const mine = own(lists.history);
    if (mine.length > L.historyPerAuthor) {
      return refusal('limit-reached', `Limite atteinte : ${fr(L.historyPerAuthor)} lignes d’historique par personne sur un suivi`);
    }
    if (mine.reduce((n, e) => n + e.comment.length, 0) > L.historyCharsPerAuthor) {
      return refusal(
        'limit-reached',
        `Limite atteinte : ${fr(L.historyCharsPerAuthor)} caractères de commentaires d’historique par personne sur un suivi`,
      );
    }
  }
  return undefined;
}
