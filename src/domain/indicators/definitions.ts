// Every programme indicator: its id, French label, unit, and the sentence saying how it is
// counted. The device page, the server route, the printed report and the README all read this
// list, so the app and the server never describe a figure differently.

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
      'Entreprises inscrites comme participantes d’un atelier du territoire daté dans la période et démarré ou clos (un atelier seulement préparé ne compte pas).',
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
      'Comptes qui se sont connectés ou ont synchronisé au moins une fois dans la période, par rôle ; un compte de plusieurs territoires compte dans chacun, une fois au total.',
  },
  fluxRecorded: {
    label: 'Flux saisis',
    unit: 'flux',
    howCounted: 'Flux créés dans la période (date de saisie), par famille et par sens (besoin, offre), rattachés au territoire de leur entreprise.',
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
    howCounted: 'Pistes ouvertes dans la période dont le statut actuel est « Écartée », selon le motif donné.',
  },
  gainsExpected: {
    label: 'Gains attendus',
    unit: 'par an',
    howCounted:
      'Somme des gains attendus (par an) des pistes ouvertes dans la période et non écartées ; t CO2e calculées avec le facteur d’émission de la piste, ou saisies à la main.',
  },
  gainsRealised: {
    label: 'Gains réalisés',
    unit: 'par an',
    howCounted:
      'Somme des gains réalisés (par an) des pistes ouvertes dans la période qui ont effectivement atteint « Mise en œuvre » (même règle que l’entonnoir) ; t CO2e calculées de la même façon.',
  },
  workshopsHeld: {
    label: 'Ateliers tenus',
    unit: 'ateliers',
    howCounted: 'Ateliers datés dans la période, démarrés ou clos.',
  },
  workshopParticipations: {
    label: 'Participations aux ateliers',
    unit: 'participations',
    howCounted: 'Somme des entreprises inscrites à chaque atelier tenu : une entreprise venue à deux ateliers compte deux fois.',
  },
  workshopCompanies: {
    label: 'Entreprises participantes (distinctes)',
    unit: 'entreprises',
    howCounted: 'Entreprises différentes inscrites à au moins un atelier tenu dans la période.',
  },
  monthly: {
    label: 'Activité par mois',
    unit: 'nombre',
    howCounted:
      'Par mois civil (UTC) : visites selon leur date, flux et pistes selon leur date de saisie, ateliers tenus selon leur date.',
  },
});

export type IndicatorId = keyof typeof INDICATORS;
export const INDICATOR_LIST: IndicatorDefinition[] = Object.values(INDICATORS);

/** Said under « Comptes actifs » on the device, which cannot see colleagues' sign-ins. */
export const DEVICE_ACCOUNTS_NOTE =
  'Sur cet appareil, seule l’activité du compte connecté est connue (sa dernière synchronisation) ; le chiffre du programme vient du serveur.';
