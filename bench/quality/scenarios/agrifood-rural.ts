// A rural agri-food territory: an abattoir, a dairy, a brewery, sawmills, livestock farms, a farm
// digester, a grower, a renderer, a beverage plant, a school canteen, a composting platform.
import { territory, type Scenario } from '../scenario';

const t = territory('rural-brionnais', { lat: 46.33, lon: 4.27 }, 'rural');
const { company: c, offer, need } = t;

c('abattoir', 'Abattoir du Charolais', 0, 0);
c('laiterie', 'Laiterie de la Clayette', 8, 3);
c('brasserie', 'Brasserie du Brionnais', 5, -4);
c('scierie', 'Scierie Bois du Morvan', 12, 6);
c('scierie2', 'Scierie Dumont', -6, 8);
c('porcs', 'EARL Porcs du Bocage', 4, 2);
c('bovins', 'GAEC des Charmes', 2, -3);
c('bovins2', 'GAEC du Vieux Chêne', -3, -2);
c('methaniseur', 'SAS Méthanisation des Prés', 3, 0);
c('maraicher', 'Maraîchage Bio du Sornin', 6, 1);
c('equarrisseur', 'Équarrissage Centre-Est', 30, 10);
c('boissons', 'Eaux et Boissons du Charolais', 7, -1);
c('cantine', 'Restaurant scolaire intercommunal', 1, 2);
c('compostage', 'Plateforme de compostage du Brionnais', 9, -5);
c('legumerie', 'Légumerie de Saône-et-Loire', -2, 4);
c('panneaux', 'Panneaux Bois Bourgogne', 15, -8);
c('chaufferie', 'Chaufferie bois communale', 1, 6);
c('carriere', 'Carrière et Bétons du Sornin', -1, -6);

// Animal by-products by category (Reg. (EC) 1069/2009).
offer(
  'abattoir-c1',
  'abattoir',
  'mat.animal-by-products',
  { is: 'abp-cat1' },
  { quantity: 400, unit: 't', label: 'Matériels à risque spécifiés (catégorie 1)' },
);
offer('abattoir-c3', 'abattoir', 'mat.animal-by-products', { is: 'abp-cat3' }, { quantity: 900, unit: 't', grade: 'organic.abp-cat3' });
offer('abattoir-stabulation', 'abattoir', 'mat.manure', { is: 'manure' }, { quantity: 600, unit: 't', label: 'Fumier de stabulation' });
need(
  'equarrisseur-spa',
  'equarrisseur',
  'mat.animal-by-products',
  { takes: ['rendering:*'] },
  {
    quantity: 50000,
    unit: 't',
    acceptedGrades: ['organic.abp-cat1', 'organic.abp-cat2', 'organic.abp-cat3'],
  },
);
need('methaniseur-intrants', 'methaniseur', 'mat.methanisation-input', { takes: ['digester:*'] }, { quantity: 15000, unit: 't' });

// Water by use: treated wastewater never to food contact.
offer('abattoir-eaux', 'abattoir', 'eau.treated-wastewater', { is: 'treated-wastewater' }, { quantity: 40000, unit: 'm3' });
need(
  'boissons-eau',
  'boissons',
  'eau.process-water',
  { takes: ['water:food-contact'], foodContact: true },
  {
    quantity: 60000,
    unit: 'm3',
    description: 'Eau de procédé au contact des boissons (contact alimentaire)',
  },
);
need('bovins2-lavage', 'bovins2', 'eau.cleaning-water', { takes: ['water:washing'] }, { quantity: 2000, unit: 'm3' });

// Dairy and brewery by-products to feed and digestion.
offer('laiterie-lactoserum', 'laiterie', 'mat.whey', { is: 'whey' }, { quantity: 8000, unit: 'm3' });
offer('laiterie-boues', 'laiterie', 'mat.sludge', { is: 'dairy-sludge' }, { quantity: 700, unit: 't' });
offer('brasserie-dreches', 'brasserie', 'mat.spent-grain', { is: 'spent-grain' }, { quantity: 1200, unit: 't' });
offer('legumerie-ecarts', 'legumerie', 'mat.fruit-veg', { is: 'fruit-veg' }, { quantity: 500, unit: 't' });
need('porcs-aliment', 'porcs', 'mat.animal-feed', { takes: ['feed:*'] }, { quantity: 3000, unit: 't' });
need(
  'bovins-aliment',
  'bovins',
  'mat.animal-feed',
  { takes: ['feed:plant'] },
  { quantity: 1500, unit: 't', acceptedGrades: ['organic.plant'] },
);

// Livestock effluents to the digester, digestate back to the fields.
offer('porcs-lisier', 'porcs', 'mat.manure', { is: 'manure' }, { quantity: 5000, unit: 'm3', label: 'Lisier de porcs' });
offer('bovins-fumier', 'bovins', 'mat.manure', { is: 'manure' }, { quantity: 3000, unit: 't' });
offer('bovins2-fumier', 'bovins2', 'mat.manure', { is: 'manure' }, { quantity: 2000, unit: 't' });
offer('bovins2-fumier-autre', 'bovins2', 'mat.other', { is: 'manure' }, { label: 'Fumier pailleux' });
need('carriere-sable', 'carriere', 'mat.other', { takes: ['aggregate:sand'] }, { label: 'Sable pour béton', quantity: 2000, unit: 't' });
offer('methaniseur-digestat', 'methaniseur', 'mat.digestate', { is: 'digestate' }, { quantity: 12000, unit: 't' });
need('bovins-epandage', 'bovins', 'mat.organic-fertiliser', { takes: ['spreading:*'] }, { quantity: 4000, unit: 't' });
offer('methaniseur-chaleur', 'methaniseur', 'nrj.waste-heat', { is: 'heat', tempC: 80 }, { quantity: 2500, unit: 'MWh', temperatureC: 80 });
need(
  'porcs-chauffage',
  'porcs',
  'nrj.space-heating',
  { takes: ['heat:any'], minTempC: 35 },
  { quantity: 400, unit: 'MWh', temperatureC: 35 },
);

// Raw biowaste goes to composting or digestion, never to a grower who needs finished compost.
offer('cantine-biodechets', 'cantine', 'mat.biowaste', { is: 'raw-biowaste' }, { quantity: 30, unit: 't' });
need(
  'compostage-entree',
  'compostage',
  'mat.biowaste',
  { takes: ['composting:*'] },
  { quantity: 5000, unit: 't', recoveryOperation: 'R3' },
);
offer('compostage-compost', 'compostage', 'mat.compost', { is: 'compost' }, { quantity: 2500, unit: 't' });
need('maraicher-compost', 'maraicher', 'mat.compost', { takes: ['soil:compost'] }, { quantity: 200, unit: 't' });

// Wood by class.
offer('scierie-sciure', 'scierie', 'mat.sawdust', { is: 'sawdust-untreated' }, { quantity: 900, unit: 't', grade: 'wood.a' });
offer('scierie-chutes', 'scierie', 'mat.wood-offcuts', { is: 'offcuts-untreated' }, { quantity: 600, unit: 't' });
offer(
  'scierie2-sciure',
  'scierie2',
  'mat.sawdust',
  { is: 'sawdust-untreated' },
  { quantity: 300, unit: 't', description: 'Sciure de résineux' },
);
offer(
  'scierie2-poteaux',
  'scierie2',
  'mat.wood-waste',
  { is: 'treated-wood' },
  { quantity: 80, unit: 't', grade: 'wood.hazardous', label: 'Poteaux traités CCA' },
);
need('porcs-litiere', 'porcs', 'mat.animal-bedding', { takes: ['bedding:*'] }, { quantity: 200, unit: 't' });
need('bovins-litiere', 'bovins', 'mat.animal-bedding', { takes: ['bedding:*'] }, { quantity: 300, unit: 't' });
need('chaufferie-bois', 'chaufferie', 'nrj.biomass', { takes: ['fuel:wood-a'] }, { quantity: 1500, unit: 't' });
need(
  'panneaux-bois',
  'panneaux',
  'mat.wood-waste',
  { takes: ['panel:*'] },
  { quantity: 20000, unit: 't', acceptedGrades: ['wood.a', 'wood.b'] },
);

// Collective self-consumption: rural derogation, 20 km.
offer('bovins2-toiture', 'bovins2', 'nrj.pv-roof', { is: 'pv-roof' }, { quantity: 2500, unit: 'm2' });
need('laiterie-pv', 'laiterie', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 800, unit: 'MWh' });
need('equarrisseur-pv', 'equarrisseur', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 900, unit: 'MWh' });

// Shared training: food hygiene (15 trainees) and Certiphyto.
need('abattoir-haccp', 'abattoir', 'comp.training-hygiene', { takes: ['training:haccp'] }, { quantity: 6, unit: 'person' });
need('laiterie-haccp', 'laiterie', 'comp.training-hygiene', { takes: ['training:haccp'] }, { quantity: 5, unit: 'person' });
need('brasserie-haccp', 'brasserie', 'comp.training-hygiene', { takes: ['training:haccp'] }, { quantity: 2, unit: 'person' });
need('legumerie-haccp', 'legumerie', 'comp.training-hygiene', { takes: ['training:haccp'] }, { quantity: 2, unit: 'person' });
need('porcs-phyto', 'porcs', 'comp.training-phyto', { takes: ['training:phyto'] }, { quantity: 1, unit: 'person' });
need('bovins-phyto', 'bovins', 'comp.training-phyto', { takes: ['training:phyto'] }, { quantity: 2, unit: 'person' });
need('maraicher-phyto', 'maraicher', 'comp.training-phyto', { takes: ['training:phyto'] }, { quantity: 1, unit: 'person' });

export const AGRIFOOD_RURAL: Scenario = {
  name: 'Territoire rural agroalimentaire',
  kind: 'rural-agrifood',
  setting: 'rural',
  companies: t.companies,
  flux: t.flux,
  expectedPairs: [
    ['abattoir-c1', 'equarrisseur-spa'],
    ['abattoir-c3', 'equarrisseur-spa'],
    ['abattoir-c3', 'methaniseur-intrants'],
    ['abattoir-stabulation', 'methaniseur-intrants'],
    ['abattoir-eaux', 'bovins2-lavage'],
    ['laiterie-lactoserum', 'porcs-aliment'],
    ['laiterie-lactoserum', 'methaniseur-intrants'],
    ['laiterie-boues', 'methaniseur-intrants'],
    ['brasserie-dreches', 'porcs-aliment'],
    ['brasserie-dreches', 'bovins-aliment'],
    ['brasserie-dreches', 'methaniseur-intrants'],
    ['legumerie-ecarts', 'porcs-aliment'],
    ['legumerie-ecarts', 'bovins-aliment'],
    ['porcs-lisier', 'methaniseur-intrants'],
    ['bovins-fumier', 'methaniseur-intrants'],
    ['bovins2-fumier', 'methaniseur-intrants'],
    ['methaniseur-digestat', 'bovins-epandage'],
    ['methaniseur-chaleur', 'porcs-chauffage'],
    ['cantine-biodechets', 'compostage-entree'],
    ['compostage-compost', 'maraicher-compost'],
    ['scierie-sciure', 'porcs-litiere'],
    ['scierie-sciure', 'bovins-litiere'],
    ['scierie2-sciure', 'porcs-litiere'],
    ['scierie-chutes', 'chaufferie-bois'],
    ['bovins2-toiture', 'laiterie-pv'],
  ],
  expectedGroups: [
    ['abattoir-haccp', 'laiterie-haccp', 'brasserie-haccp', 'legumerie-haccp'],
    ['porcs-phyto', 'bovins-phyto', 'maraicher-phyto'],
  ],
  forbidden: [
    ['abattoir-c1', 'methaniseur-intrants'],
    ['abattoir-c1', 'porcs-aliment'],
    ['abattoir-c3', 'porcs-aliment'],
    ['abattoir-eaux', 'boissons-eau'],
    ['cantine-biodechets', 'maraicher-compost'],
    ['laiterie-lactoserum', 'maraicher-compost'],
    ['laiterie-lactoserum', 'bovins-aliment'],
    ['scierie2-poteaux', 'panneaux-bois'],
    ['scierie2-poteaux', 'chaufferie-bois'],
    ['scierie2-poteaux', 'porcs-litiere'],
    ['bovins2-fumier-autre', 'carriere-sable'],
    ['bovins2-toiture', 'equarrisseur-pv'],
  ],
};
