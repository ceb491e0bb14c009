// Every programme indicator: its id, French label, unit, and the sentence saying how it is
// counted, and the reporting rules every figure follows. The device page, the server route, the
// printed report and the README all read this list, so the app and the server never describe a
// figure differently.

/**
 * The rules every figure follows, printed with every report. (1) A lead is counted as it stood at
 * the period's end — stage, status and whether its gains count — from the moves of its history that
 * took effect, so a closed period gives the same figures when counted again. (2) A territory's
 * figures depend on its own records only, never on which other territories are selected. (3) An
 * account that sees every territory (an admin) counts only in the programme's total. (4) A deleted
 * record counts nowhere. (5) Accounts count with the role and territories they had when active.
 */
export const REPORTING_RULES: readonly string[] = [
  'Une piste est comptée telle qu’elle était à la fin de la période : étape atteinte, statut (écartée ou non) et prise en compte de ses gains sont lus dans son historique, en ne retenant que les changements qui ont pris effet ; recompter une période close donne les mêmes chiffres.',
  'Les chiffres d’un territoire ne dépendent que de ses propres enregistrements : ils sont les mêmes quel que soit l’ensemble des territoires choisis (une entreprise du Creusot venue à un atelier de Dijon compte pour le Creusot dans les deux cas).',
  'Les administrateurs ne sont comptés que dans le total du programme, jamais dans un territoire.',
  'Un enregistrement supprimé (entreprise, visite, flux, atelier, piste) n’est compté nulle part.',
  'Un compte est compté avec le rôle et les territoires qu’il avait lors de son activité ; son activité reste comptée après sa suppression (anonymisée).',
  'Une piste ou un compte de plusieurs territoires compte dans chacun et une fois au total : la somme des territoires peut donc dépasser le total.',
];

export interface IndicatorDefinition {
  id: string;
  label: string;
  unit: string;
  /** « Comment c'est compté », one sentence shown under the figure. */
  howCounted: string;
}

const define = <const T extends Record<string, Omit<IndicatorDefinition, 'id'>>>(defs: T) =>
  Object.fromEntries(Object.entries(defs).map(([id, d]) => [id, { id, ...d }])) as {
    [K in keyof T]: IndicatorDefinition & { id: K };
  };

export const INDICATORS = define({
  companiesMobilised: {
    label: 'Entreprises mobilisées',
    unit: 'entreprises',
    howCounted:
      'Entreprises du territoire visitées (une visite datée dans la période) ou présentes à un atelier tenu dans la période ; chacune compte une fois.',
  },
  companiesVisited: {
    label: 'Entreprises visitées',
    unit: 'entreprises',
    howCounted: 'Entreprises ayant au moins une visite dont la date tombe dans la période.',
  },
  companiesWorkshop: {
    label: 'Entreprises présentes à un atelier',
    unit: 'entreprises',
    howCounted:
      'Entreprises du territoire inscrites comme participantes d’un atelier daté dans la période et démarré ou clos, quel que soit le territoire de l’atelier (un atelier seulement préparé ne compte pas).',
  },
  companiesBoth: {
    label: 'Entreprises visitées et présentes à un atelier',
    unit: 'entreprises',
    howCounted: 'Entreprises comptées à la fois parmi les visitées et parmi les présentes à un atelier.',
  },
  companiesWithFlux: {
    label: 'Entreprises avec des flux saisis',
    unit: 'entreprises',
    howCounted: 'Entreprises du territoire dont au moins un flux (besoin ou offre) a été saisi dans la période.',
  },
  companiesWithConsent: {
    label: 'Entreprises mobilisées ayant consenti au partage',
    unit: 'entreprises',
    howCounted:
      'Entreprises mobilisées dont le consentement au partage dans le programme est donné, à une date antérieure à la fin de la période (ou sans date).',
  },
  activeAccounts: {
    label: 'Comptes actifs',
    unit: 'comptes',
    howCounted:
      'Comptes qui se sont connectés ou ont synchronisé au moins une fois dans la période, par rôle, avec le rôle et les territoires qu’ils avaient alors (un compte supprimé depuis reste compté, anonymisé) ; un compte de plusieurs territoires compte dans chacun, une fois au total ; les administrateurs ne comptent que dans le total du programme. Seul le serveur connaît ce chiffre.',
  },
  fluxRecorded: {
    label: 'Flux saisis',
    unit: 'flux',
    howCounted:
      'Flux créés dans la période (date de saisie), par famille et par sens (besoin, offre), rattachés au territoire de leur entreprise.',
  },
  topResources: {
    label: 'Ressources les plus proposées et recherchées',
    unit: 'flux',
    howCounted: 'Les dix ressources qui reviennent le plus souvent parmi les flux saisis dans la période, offres et besoins séparés.',
  },
  synergiesIdentified: {
    label: 'Synergies identifiées',
    unit: 'pistes',
    howCounted:
      'Pistes de suivi ouvertes dans la période (par le calcul, à la main ou en atelier), par nature et par famille ; les synergies seulement calculées sur un appareil ne comptent pas, car elles sont recalculées à chaque saisie. Une piste entre deux territoires compte dans chacun, une fois au total.',
  },
  funnel: {
    label: 'Entonnoir du suivi',
    unit: 'pistes',
    howCounted:
      'Pistes ouvertes dans la période, selon l’étape la plus avancée atteinte d’après leur historique avant la fin de la période, en ne comptant que les changements de statut qui ont pris effet (ni un changement perdu dans un conflit de synchronisation, ni un changement annulé dans les 10 minutes) ; une piste arrivée à une étape compte aussi dans les précédentes ; le taux est la part de l’étape précédente.',
  },
  rejected: {
    label: 'Pistes écartées, par motif',
    unit: 'pistes',
    howCounted:
      'Pistes ouvertes dans la période dont le statut à la fin de la période est « Écartée » (d’après leur historique effectif), selon le motif donné ; une piste écartée après la fin de la période n’y compte pas.',
  },
  gainsExpected: {
    label: 'Gains attendus',
    unit: 'par an',
    howCounted:
      'Somme des gains attendus (par an) des pistes ouvertes dans la période et non écartées à la fin de la période ; t CO2e calculées avec le facteur d’émission de la piste, ou saisies à la main. Une piste de deux territoires compte dans chacun, une fois au total : la somme des territoires peut dépasser le total.',
  },
  gainsRealised: {
    label: 'Gains réalisés',
    unit: 'par an',
    howCounted:
      'Somme des gains réalisés (par an) des pistes ouvertes dans la période qui étaient « Mise en œuvre » à la fin de la période, d’après leur historique effectif (une piste mise en œuvre puis écartée dans la période ne compte plus) ; t CO2e calculées de la même façon. Une piste de deux territoires compte dans chacun, une fois au total.',
  },
  workshopsHeld: {
    label: 'Ateliers tenus',
    unit: 'ateliers',
    howCounted: 'Ateliers datés dans la période, démarrés ou clos.',
  },
  workshopParticipations: {
    label: 'Participations aux ateliers',
    unit: 'participations',
    howCounted:
      'Somme des entreprises inscrites à chaque atelier tenu du territoire, quel que soit leur territoire, entreprises supprimées exclues : une entreprise venue à deux ateliers compte deux fois.',
  },
  workshopCompanies: {
    label: 'Entreprises accueillies aux ateliers du territoire (distinctes)',
    unit: 'entreprises',
    howCounted:
      'Entreprises différentes, de ce territoire ou d’un autre, inscrites à au moins un atelier du territoire tenu dans la période (entreprises supprimées exclues) ; à ne pas confondre avec les entreprises du territoire présentes à un atelier, où qu’il se tienne.',
  },
  monthly: {
    label: 'Activité par mois',
    unit: 'nombre',
    howCounted: 'Par mois civil (UTC) : visites selon leur date, flux et pistes selon leur date de saisie, ateliers tenus selon leur date.',
  },
});

export type IndicatorId = keyof typeof INDICATORS;
export const INDICATOR_LIST: IndicatorDefinition[] = Object.values(INDICATORS);

/** Said wherever « Comptes actifs » would be on the device, which cannot see colleagues' sign-ins. */
export const DEVICE_ACCOUNTS_NOTE =
  'Comptes actifs : non connus sur cet appareil, qui ne voit pas les connexions des collègues ; ce chiffre vient seulement du serveur (« Chiffres : du serveur », pour les référents et les administrateurs).';

/** What an unknown figure shows in a table, on screen, in print and in the CSV. */
export const UNKNOWN_ON_DEVICE = 'non connu';

/** The programme the reports speak for: title of the printed report and of the workbook. */
export const PROGRAMME_NAME = 'Programme d’écologie industrielle et territoriale';
