// A tourism and urban zone: hotels, restaurants, a laundry, a data centre, a swimming pool, a golf,
// a craft brewery, a zoo, an urban farm, shops, a glassworks-free city with a glass collector.
import { territory, type Scenario } from '../scenario';

const t = territory('ville-touristique', { lat: 43.7, lon: 7.25 }, 'urban');
const { company: c, offer, need } = t;
c('hotel1', 'Grand Hôtel du Port', 0, 0, 'Centre');
c('hotel2', 'Hôtel des Pins', 1, 0.5, 'Centre');
c('resto', 'Brasserie de la Place', 0.5, -0.5, 'Centre');
c('resto2', 'Restaurant Le Cours', 1.2, -0.3, 'Centre');
c('blanchisserie', 'Blanchisserie Azur', 1.5, 1, 'ZA Est');
c('datacenter', 'Data Center Riviera', 2, 1.2, 'ZA Est');
c('piscine', 'Piscine municipale', 2.5, 1.5);
c('golf', 'Golf des Collines', 6, 4);
c('step', 'Station d’épuration de la ville', 5, 2);
c('brasserie', 'Micro-brasserie Azur', 3, -1);
c('zoo', 'Parc animalier', 8, 5);
c('ferme', 'Ferme urbaine des Toits', 1, 2);
c('compost', 'Plateforme de compostage urbaine', 7, -2);
c('huiles', 'Collecte Huiles Alimentaires Sud', 4, -3);
c('verre', 'Collecte Verre Riviera', 3, 3);
c('textile', 'Recyclerie Textile', 2, -2);
c('evenement', 'Palais des Congrès', 0.8, 0.8, 'Centre');
c('asso', 'Ressourcerie du Quartier', 1.5, -1);
c('lampes', 'Recyclage Lampes Sud-Est', 10, 0);

offer(
  'dc-chaleur',
  'datacenter',
  'nrj.waste-heat',
  { is: 'heat', tempC: 30 },
  { quantity: 4000, unit: 'MWh', description: 'Air chaud des salles serveurs, 30 °C' },
);
need(
  'piscine-chauffage',
  'piscine',
  'nrj.space-heating',
  { takes: ['heat:any'], minTempC: 28 },
  { quantity: 1200, unit: 'MWh', description: 'Chauffage du bassin à 28 °C' },
);
need(
  'blanchisserie-eau-chaude',
  'blanchisserie',
  'nrj.hot-water',
  { takes: ['heat:any'], minTempC: 60 },
  { quantity: 900, unit: 'MWh', temperatureC: 60 },
);
offer(
  'blanchisserie-chaleur',
  'blanchisserie',
  'nrj.waste-heat',
  { is: 'heat', tempC: 45 },
  { quantity: 300, unit: 'MWh', temperatureC: 45 },
);
need(
  'hotel2-chauffage',
  'hotel2',
  'nrj.space-heating',
  { takes: ['heat:any'], minTempC: 40 },
  { quantity: 300, unit: 'MWh', temperatureC: 40 },
);
offer('step-reut', 'step', 'eau.treated-wastewater', { is: 'treated-wastewater' }, { quantity: 300000, unit: 'm3' });
need('golf-arrosage', 'golf', 'eau.irrigation', { takes: ['water:irrigation'] }, { quantity: 150000, unit: 'm3' });
need(
  'hotel1-eau',
  'hotel1',
  'eau.process-water',
  { takes: ['water:food-contact'], foodContact: true },
  { quantity: 20000, unit: 'm3', description: 'Cuisines : eau potable' },
);
offer('resto-huile', 'resto', 'mat.cooking-oil', { is: 'cooking-oil' }, { quantity: 800, unit: 'L' });
offer('resto2-huile', 'resto2', 'mat.cooking-oil', { is: 'cooking-oil' }, { quantity: 500, unit: 'L' });
need('huiles-entree', 'huiles', 'mat.cooking-oil', { takes: ['oil:cooking'] }, { quantity: 200, unit: 't', recoveryOperation: 'R3' });
offer('resto-biodechets', 'resto', 'mat.biowaste', { is: 'raw-biowaste' }, { quantity: 20, unit: 't' });
offer('hotel1-biodechets', 'hotel1', 'mat.biowaste', { is: 'raw-biowaste' }, { quantity: 35, unit: 't' });
need('compost-entree', 'compost', 'mat.biowaste', { takes: ['composting:*'] }, { quantity: 3000, unit: 't' });
need('ferme-compost', 'ferme', 'mat.compost', { takes: ['soil:compost'] }, { quantity: 10, unit: 't' });
offer('brasserie-dreches', 'brasserie', 'mat.spent-grain', { is: 'spent-grain' }, { quantity: 60, unit: 't' });
need('zoo-aliment', 'zoo', 'mat.animal-feed', { takes: ['feed:*'] }, { quantity: 200, unit: 't' });
need('zoo-litiere', 'zoo', 'mat.animal-bedding', { takes: ['bedding:*'] }, { quantity: 50, unit: 't' });
offer('hotel1-verre', 'hotel1', 'mat.glass', { is: 'cullet' }, { quantity: 30, unit: 't' });
offer('resto-verre', 'resto', 'mat.glass', { is: 'cullet' }, { quantity: 12, unit: 't' });
offer('hotel2-verre', 'hotel2', 'mat.glass', { is: 'cullet' }, { quantity: 18, unit: 't' });
need('verre-entree', 'verre', 'mat.glass', { takes: ['glass:cullet'] }, { quantity: 5000, unit: 't' });
offer('verre-calcin', 'verre', 'mat.glass', { is: 'cullet', recyclerOutput: true }, { quantity: 4500, unit: 't' });
offer('hotel1-linge', 'hotel1', 'mat.textiles', { is: 'textile' }, { quantity: 3, unit: 't', description: 'Draps et serviettes réformés' });
need('textile-entree', 'textile', 'mat.textiles', { takes: ['textile:any'] }, { quantity: 500, unit: 't' });
offer('evenement-mobilier', 'evenement', 'mat.office-furniture', { is: 'furniture' }, { quantity: 80, unit: 'unit' });
need('asso-mobilier', 'asso', 'mat.office-furniture', { takes: ['furniture:any'] }, { quantity: 200, unit: 'unit' });
offer('hotel1-lampes', 'hotel1', 'mat.fluorescent-lamps', { is: 'lamps' }, { quantity: 50, unit: 'kg' });
offer('hotel2-lampes', 'hotel2', 'mat.fluorescent-lamps', { is: 'lamps' }, { quantity: 30, unit: 'kg' });
need(
  'lampes-entree',
  'lampes',
  'mat.fluorescent-lamps',
  { takes: ['hazardous:lamps'], authorisedHazardous: true },
  { quantity: 50, unit: 't', acceptsHazardous: true },
);
need('asso-lampes', 'asso', 'mat.fluorescent-lamps', { takes: ['reuse:lamps'] }, { quantity: 10, unit: 'kg' });
offer(
  'resto-marc',
  'resto',
  'mat.other',
  { is: 'coffee-grounds' },
  { label: 'Marc de café', quantity: 2, unit: 't', wasteCode: '20 01 08' },
);
need(
  'ferme-marc',
  'ferme',
  'mat.other',
  { takes: ['substrate:coffee'] },
  { label: 'Marc de café pour culture de champignons', quantity: 2, unit: 't' },
);
offer('hotel2-coquilles', 'hotel2', 'mat.other', { is: 'shells' }, { label: "Coquilles d'huîtres" });
need('ferme-sable', 'ferme', 'mat.other', { takes: ['aggregate:sand'] }, { label: 'Sable pour bacs de culture' });
offer('evenement-velos', 'evenement', 'log.other', { is: 'cargo-bike' }, { label: 'Vélos cargo disponibles le week-end' });
need('resto2-velo', 'resto2', 'log.other', { takes: ['equipment:cargo-bike'] }, { label: 'Vélo cargo pour livraisons' });
need('resto2-stockage', 'resto2', 'log.other', { takes: ['premises:storage'] }, { label: 'Cave de stockage' });
for (const id of ['hotel1', 'hotel2', 'resto', 'resto2', 'evenement'])
  need(`${id}-gardiennage`, id, 'comp.security', { takes: ['service:guarding'] }, { quantity: 1, unit: 'unit' });
for (const [id, n] of [
  ['hotel1', 5],
  ['hotel2', 3],
  ['resto', 2],
  ['resto2', 2],
  ['evenement', 3],
] as const)
  need(`${id}-haccp`, id, 'comp.training-hygiene', { takes: ['training:haccp'] }, { quantity: n, unit: 'person' });

export const TOURISM_URBAN: Scenario = {
  name: 'Zone touristique et urbaine',
  kind: 'tourism-urban',
  setting: 'urban',
  companies: t.companies,
  flux: t.flux,
  expectedPairs: [
    ['dc-chaleur', 'piscine-chauffage'],
    ['step-reut', 'golf-arrosage'],
    ['resto-huile', 'huiles-entree'],
    ['resto2-huile', 'huiles-entree'],
    ['resto-biodechets', 'compost-entree'],
    ['hotel1-biodechets', 'compost-entree'],
    ['brasserie-dreches', 'zoo-aliment'],
    ['hotel1-verre', 'verre-entree'],
    ['hotel1-linge', 'textile-entree'],
    ['evenement-mobilier', 'asso-mobilier'],
    ['hotel1-lampes', 'lampes-entree'],
    ['resto-marc', 'ferme-marc'],
    ['evenement-velos', 'resto2-velo'],
    ['blanchisserie-chaleur', 'hotel2-chauffage'],
  ],
  expectedGroups: [
    ['hotel1-gardiennage', 'hotel2-gardiennage', 'resto-gardiennage', 'resto2-gardiennage', 'evenement-gardiennage'],
    ['hotel1-haccp', 'hotel2-haccp', 'resto-haccp', 'resto2-haccp', 'evenement-haccp'],
    ['hotel1-verre', 'resto-verre', 'hotel2-verre'],
  ],
  forbidden: [
    ['dc-chaleur', 'blanchisserie-eau-chaude'],
    ['dc-chaleur', 'hotel2-chauffage'],
    ['step-reut', 'hotel1-eau'],
    ['resto-biodechets', 'ferme-compost'],
    ['hotel1-lampes', 'asso-lampes'],
    ['hotel2-coquilles', 'ferme-sable'],
    ['evenement-velos', 'resto2-stockage'],
    ['verre-calcin', 'hotel1-verre'],
  ],
};
