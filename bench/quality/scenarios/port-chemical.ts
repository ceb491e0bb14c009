// A port and chemical zone (urban): a chemical plant, a steelworks, a cement works, a paper mill, an
// oil mill, a drum reconditioner, greenhouses, glass and plaster recycling, demolition, a water
// treatment plant, and services companies share (catering, childcare, guarding, fire safety).
import { territory, type Scenario } from '../scenario';

const t = territory('zip-estuaire', { lat: 49.47, lon: 0.2 }, 'urban');
const { company: c, offer, need } = t;

c('chimie', 'Chimie Fine du Port', 0, 0, 'ZIP Estuaire');
c('cimenterie', 'Ciments de l’Estuaire', 6, 2);
c('acierie', 'Aciérie Électrique du Port', 3, -2, 'ZIP Estuaire');
c('papeterie', 'Papeterie de l’Estuaire', 1, 1, 'ZIP Estuaire');
c('huilerie', 'Huilerie du Port', 0.5, 1.2, 'ZIP Estuaire');
c('reconditionneur', 'Reconditionnement Fûts et GRV', 5, -1);
c('serres', 'Serres Tomates de l’Estuaire', 1.5, -1);
c('verrerie', 'Verrerie de l’Estuaire', 8, 0);
c('tri', 'Estuaire Recyclage (centre de tri)', 7, 3);
c('platre', 'Recyclage Plâtre Normand', 10, 5);
c('btp', 'BTP Démolition Estuaire', 4, 4);
c('step', 'Station d’épuration portuaire', 9, -3);

// Steam by pressure, heat by temperature, CO2 and gases.
offer('chimie-vapeur', 'chimie', 'nrj.steam', { is: 'steam', bar: 20, tempC: 212 }, { quantity: 40000, unit: 't', pressureBar: 20 });
need('papeterie-vapeur', 'papeterie', 'nrj.steam', { takes: ['steam:any'], minBar: 10 }, { quantity: 30000, unit: 't', pressureBar: 10 });
need(
  'huilerie-vapeur',
  'huilerie',
  'nrj.steam',
  { takes: ['steam:any'], minBar: 30 },
  { quantity: 10000, unit: 't', description: 'Vapeur 30 bar pour le raffinage' },
);
offer('chimie-chaleur', 'chimie', 'nrj.waste-heat', { is: 'heat', tempC: 90 }, { quantity: 8000, unit: 'MWh', temperatureC: 90 });
need(
  'serres-chauffage',
  'serres',
  'nrj.space-heating',
  { takes: ['heat:any'], minTempC: 25 },
  { quantity: 3000, unit: 'MWh', temperatureC: 25 },
);
offer('chimie-co2', 'chimie', 'mat.co2', { is: 'co2' }, { quantity: 5000, unit: 't' });
need('serres-co2', 'serres', 'mat.co2', { takes: ['co2:greenhouse'] }, { quantity: 800, unit: 't' });
offer('chimie-azote', 'chimie', 'nrj.other', { is: 'nitrogen' }, { label: 'Azote gazeux excédentaire' });
need('huilerie-azote', 'huilerie', 'nrj.other', { takes: ['gas:nitrogen'] }, { label: 'Azote pour inertage des cuves' });

// Hazardous waste and packaging by what it held.
offer('chimie-solvants', 'chimie', 'mat.solvents', { is: 'solvent' }, { quantity: 200000, unit: 'L' });
need(
  'cimenterie-solvants',
  'cimenterie',
  'mat.solvents',
  { takes: ['fuel:solvent'], authorisedHazardous: true },
  {
    quantity: 5000,
    unit: 't',
    acceptsHazardous: true,
    recoveryOperation: 'R1',
  },
);
offer(
  'chimie-grv',
  'chimie',
  'mat.ibc-containers',
  { is: 'ibc-chemical' },
  { quantity: 300, unit: 'unit', label: 'GRV ayant contenu des produits chimiques' },
);
offer('chimie-futs', 'chimie', 'mat.drums', { is: 'drum-chemical' }, { quantity: 500, unit: 'unit', grade: 'packaging.chemical' });
need(
  'recond-grv',
  'reconditionneur',
  'mat.ibc-containers',
  { takes: ['container:ibc-reconditioning'], authorisedHazardous: true },
  {
    quantity: 5000,
    unit: 'unit',
    acceptedGrades: ['packaging.chemical'],
    acceptsHazardous: true,
  },
);
need(
  'recond-futs',
  'reconditionneur',
  'mat.drums',
  { takes: ['container:drum-reconditioning'], authorisedHazardous: true },
  {
    quantity: 8000,
    unit: 'unit',
    acceptedGrades: ['packaging.chemical'],
    acceptsHazardous: true,
  },
);
need(
  'huilerie-grv',
  'huilerie',
  'mat.ibc-containers',
  { takes: ['container:food'] },
  { quantity: 50, unit: 'unit', acceptedGrades: ['packaging.food'] },
);

// Mineral and metal residues.
offer('acierie-laitier', 'acierie', 'mat.slag', { is: 'slag' }, { quantity: 60000, unit: 't' });
need(
  'cimenterie-laitier',
  'cimenterie',
  'mat.slag',
  { takes: ['cement-raw:slag'] },
  { quantity: 100000, unit: 't', recoveryOperation: 'R5' },
);
offer(
  'btp-ferraille',
  'btp',
  'mat.scrap-metal',
  { is: 'scrap-carbon-steel' },
  { quantity: 400, unit: 't', label: 'Ferraillage béton (acier)' },
);
need(
  'acierie-ferraille',
  'acierie',
  'mat.scrap-metal',
  { takes: ['ferrous-scrap:carbon-steel'] },
  { quantity: 500000, unit: 't', acceptedGrades: ['metal.carbon-steel'] },
);
offer('btp-platre', 'btp', 'mat.plasterboard', { is: 'plasterboard' }, { quantity: 300, unit: 't' });
need('platre-entree', 'platre', 'mat.plasterboard', { takes: ['plaster:board'] }, { quantity: 20000, unit: 't', recoveryOperation: 'R5' });
offer('tri-calcin', 'tri', 'mat.glass', { is: 'cullet' }, { quantity: 4000, unit: 't', label: 'Calcin' });
need('verrerie-calcin', 'verrerie', 'mat.glass', { takes: ['glass:cullet'] }, { quantity: 30000, unit: 't' });

// Water by use.
offer('step-reut', 'step', 'eau.treated-wastewater', { is: 'treated-wastewater' }, { quantity: 500000, unit: 'm3' });
need('chimie-lavage', 'chimie', 'eau.cleaning-water', { takes: ['water:washing'] }, { quantity: 20000, unit: 'm3', maxDistanceKm: 12 });
need(
  'huilerie-eau',
  'huilerie',
  'eau.process-water',
  { takes: ['water:food-contact'], foodContact: true },
  {
    quantity: 30000,
    unit: 'm3',
    acceptedGrades: ['water.drinking'],
  },
);

// Premises and free text.
offer('chimie-salle', 'chimie', 'log.meeting-rooms', { is: 'meeting-room' }, { quantity: 2, unit: 'unit' });
need('recond-salle', 'reconditionneur', 'log.meeting-rooms', { takes: ['premises:meeting-room'] }, { quantity: 1, unit: 'unit' });
offer('tri-quai', 'tri', 'log.other', { is: 'loading-dock' }, { label: 'Quai de chargement disponible' });
need('btp-benne', 'btp', 'log.other', { takes: ['equipment:skip'] }, { label: 'Benne pour gravats' });

// Collective self-consumption: urban, 2 km.
offer('serres-toiture', 'serres', 'nrj.pv-roof', { is: 'pv-roof' }, { quantity: 20000, unit: 'm2' });
need('chimie-pv', 'chimie', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 2000, unit: 'MWh' });
need('btp-pv', 'btp', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 100, unit: 'MWh' });

// Shared services.
for (const id of ['chimie', 'papeterie', 'huilerie', 'acierie', 'serres']) {
  need(`${id}-restauration`, id, 'comp.catering', { takes: ['service:catering'] }, { quantity: 40, unit: 'person' });
}
for (const id of ['chimie', 'acierie', 'papeterie'])
  need(`${id}-creche`, id, 'comp.childcare', { takes: ['service:childcare'] }, { quantity: 6, unit: 'person' });
for (const id of ['tri', 'verrerie'])
  need(`${id}-gardiennage`, id, 'comp.security', { takes: ['service:guarding'] }, { quantity: 1, unit: 'unit' });
for (const id of ['chimie', 'papeterie', 'huilerie'])
  need(`${id}-incendie`, id, 'comp.fire-safety', { takes: ['service:fire-safety'] }, { quantity: 1, unit: 'unit' });
for (const id of ['chimie', 'acierie'])
  need(`${id}-apprentis`, id, 'comp.apprenticeship', { takes: ['service:apprentices'] }, { quantity: 3, unit: 'person' });

export const PORT_CHEMICAL: Scenario = {
  name: 'Zone industrialo-portuaire (urbain)',
  kind: 'port-chemical',
  setting: 'urban',
  companies: t.companies,
  flux: t.flux,
  expectedPairs: [
    ['chimie-vapeur', 'papeterie-vapeur'],
    ['chimie-chaleur', 'serres-chauffage'],
    ['chimie-co2', 'serres-co2'],
    ['chimie-azote', 'huilerie-azote'],
    ['chimie-solvants', 'cimenterie-solvants'],
    ['chimie-grv', 'recond-grv'],
    ['chimie-futs', 'recond-futs'],
    ['acierie-laitier', 'cimenterie-laitier'],
    ['btp-ferraille', 'acierie-ferraille'],
    ['btp-platre', 'platre-entree'],
    ['tri-calcin', 'verrerie-calcin'],
    ['step-reut', 'chimie-lavage'],
    ['chimie-salle', 'recond-salle'],
    ['serres-toiture', 'chimie-pv'],
  ],
  expectedGroups: [
    ['chimie-restauration', 'papeterie-restauration', 'huilerie-restauration', 'acierie-restauration', 'serres-restauration'],
    ['chimie-creche', 'acierie-creche', 'papeterie-creche'],
    ['tri-gardiennage', 'verrerie-gardiennage'],
    ['chimie-incendie', 'papeterie-incendie', 'huilerie-incendie'],
    ['chimie-apprentis', 'acierie-apprentis'],
  ],
  forbidden: [
    ['chimie-vapeur', 'huilerie-vapeur'],
    ['chimie-grv', 'huilerie-grv'],
    ['step-reut', 'huilerie-eau'],
    ['tri-quai', 'btp-benne'],
    ['serres-toiture', 'btp-pv'],
    ['chimie-solvants', 'huilerie-azote'],
  ],
};
