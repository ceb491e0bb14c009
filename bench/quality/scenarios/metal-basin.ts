// A metalworking basin (periurban): foundries, a forge, machining, plastics, logistics, concrete
// and road works, surface treatment and a hazardous-waste plant.
import { territory, type Scenario } from '../scenario';

const t = territory('bassin-metal', { lat: 46.76, lon: 4.43 }, 'periurban');
const { company: c, offer, need } = t;

c('fonderie', 'Fonderie de Montchanin', 0, 0, 'ZI Coriolis');
c('forge', 'Forges du Creusot', 2, 1);
c('inox', 'Usinage Inox Bourgogne', 4, -1);
c('alu', 'Fonderie Alu Sud', 6, 2);
c('ferrailleur', 'Recyclage Métaux Torcy', 3, 3);
c('plasturgie', 'Plasturgie Montceau', 10, -3);
c('recyplast', 'Recyplast', 12, 0);
c('injection', 'Injection Plastique Bourbince', 13, -5);
c('film', 'Films Extrusion Blanzy', 8, -6);
c('logistique', 'Logistique Saône Plateforme', 5, 5);
c('beton', 'Béton Prêt Sud', 7, -2);
c('routes', 'Travaux Routiers Charollais', 9, 4);
c('traitement', 'Traitement de Surface Montceau', 11, -4);
c('galva', 'Galvanoplastie Sanvignes', 14, -7);
c('dd', 'Centre de traitement des déchets dangereux', 20, 8);
c('serres', 'Serres Maraîchères du Creusot', 1, -2);
c('peinture', 'Peinture Industrielle Creusotine', 1.5, 0.5);
c('mecanique', 'Mécanique de Précision du Creusot', 5, 0);

// Metals by grade.
need(
  'fonderie-ferraille',
  'fonderie',
  'mat.scrap-metal',
  { takes: ['ferrous-scrap:cast-iron', 'ferrous-scrap:carbon-steel'] },
  {
    quantity: 3000,
    unit: 't',
    acceptedGrades: ['metal.cast-iron', 'metal.carbon-steel'],
  },
);
offer('forge-chutes', 'forge', 'mat.scrap-metal', { is: 'scrap-carbon-steel' }, { quantity: 800, unit: 't', grade: 'metal.carbon-steel' });
offer('inox-copeaux', 'inox', 'mat.scrap-metal', { is: 'scrap-stainless' }, { quantity: 120, unit: 't', label: 'Copeaux inox 316L' });
offer('inox-fluides', 'inox', 'mat.cutting-fluids', { is: 'cutting-fluid' }, { quantity: 20000, unit: 'L' });
offer('inox-huiles', 'inox', 'mat.used-oil', { is: 'used-oil' }, { quantity: 3000, unit: 'L' });
need(
  'alu-lingots',
  'alu',
  'mat.non-ferrous',
  { takes: ['nonferrous:aluminium'] },
  { quantity: 400, unit: 't', acceptedGrades: ['metal.aluminium'] },
);
offer('meca-alu', 'mecanique', 'mat.non-ferrous', { is: 'scrap-aluminium' }, { quantity: 60, unit: 't', grade: 'metal.aluminium' });
offer('meca-laiton', 'mecanique', 'mat.non-ferrous', { is: 'scrap-copper' }, { quantity: 15, unit: 't', grade: 'metal.copper' });
need(
  'ferrailleur-entree',
  'ferrailleur',
  'mat.scrap-metal',
  { takes: ['ferrous-scrap:*'] },
  {
    quantity: 20000,
    unit: 't',
    acceptedGrades: ['metal.mixed'],
    recoveryOperation: 'R4',
  },
);
offer(
  'ferrailleur-trie',
  'ferrailleur',
  'mat.scrap-metal',
  { is: 'scrap-carbon-steel', recyclerOutput: true },
  {
    quantity: 15000,
    unit: 't',
    grade: 'metal.carbon-steel',
  },
);
need(
  'dd-huiles',
  'dd',
  'mat.used-oil',
  { takes: ['hazardous:oil'], authorisedHazardous: true },
  { quantity: 500, unit: 't', acceptsHazardous: true },
);
need(
  'dd-fluides',
  'dd',
  'mat.cutting-fluids',
  { takes: ['hazardous:oil'], authorisedHazardous: true },
  { quantity: 400, unit: 't', acceptsHazardous: true },
);

// Polymers by resin.
offer('plast-pp', 'plasturgie', 'mat.plastic-rigid', { is: 'plastic-pp' }, { quantity: 40, unit: 't', grade: 'polymer.pp' });
offer('plast-pehd', 'plasturgie', 'mat.plastic-rigid', { is: 'plastic-pehd' }, { quantity: 25, unit: 't', label: 'Bacs PEHD cassés' });
need(
  'recyplast-pehd',
  'recyplast',
  'mat.plastic-rigid',
  { takes: ['plastic:pe-hd'] },
  { quantity: 2000, unit: 't', acceptedGrades: ['polymer.pe-hd'] },
);
need(
  'injection-pp',
  'injection',
  'mat.plastic-rigid',
  { takes: ['plastic:pp'] },
  { quantity: 300, unit: 't', acceptedGrades: ['polymer.pp'] },
);
offer('log-film', 'logistique', 'mat.plastic-film', { is: 'plastic-pebd' }, { quantity: 30, unit: 't', grade: 'polymer.pe-bd' });
need(
  'film-pebd',
  'film',
  'mat.plastic-film',
  { takes: ['plastic:pe-bd'] },
  { quantity: 500, unit: 't', acceptedGrades: ['polymer.pe-bd'] },
);
offer(
  'plast-mousse',
  'plasturgie',
  'mat.other',
  { is: 'pu-foam' },
  { label: 'Chutes de mousse polyuréthane', quantity: 5, unit: 't', wasteCode: '07 02 13' },
);
need('log-mousse', 'logistique', 'mat.other', { takes: ['foam:pu'] }, { label: 'Mousse de calage', quantity: 3, unit: 't' });

// Mineral residues to concrete and road works.
offer('fonderie-sable', 'fonderie', 'mat.foundry-sand', { is: 'foundry-sand' }, { quantity: 2000, unit: 't' });
offer('fonderie-laitier', 'fonderie', 'mat.slag', { is: 'slag' }, { quantity: 300, unit: 't' });
need('beton-granulats', 'beton', 'mat.aggregates', { takes: ['aggregate:*'] }, { quantity: 50000, unit: 't' });
need('routes-remblais', 'routes', 'mat.aggregates', { takes: ['aggregate:*'] }, { quantity: 80000, unit: 't' });
need('beton-sable', 'beton', 'mat.other', { takes: ['aggregate:sand'] }, { label: 'Sable pour béton', quantity: 5000, unit: 't' });

// Hazardous sludges, recorded with their entry and as free text.
offer('traitement-boues', 'traitement', 'mat.hydroxide-sludge', { is: 'hydroxide-sludge' }, { quantity: 80, unit: 't' });
offer(
  'galva-boues',
  'galva',
  'mat.other',
  { is: 'hydroxide-sludge' },
  { label: "Boues d'hydroxydes métalliques", quantity: 40, unit: 't' },
);
need(
  'dd-boues',
  'dd',
  'mat.hydroxide-sludge',
  { takes: ['hazardous:sludge'], authorisedHazardous: true },
  {
    quantity: 2000,
    unit: 't',
    acceptsHazardous: true,
  },
);
need(
  'dd-boues-autre',
  'dd',
  'mat.other',
  { takes: ['hazardous:sludge'], authorisedHazardous: true },
  {
    label: 'Boues de traitement de surface',
    acceptsHazardous: true,
  },
);
offer(
  'traitement-grv',
  'traitement',
  'mat.ibc-containers',
  { is: 'ibc-chemical' },
  { quantity: 40, unit: 'unit', grade: 'packaging.chemical' },
);
need(
  'serres-cuves',
  'serres',
  'mat.ibc-containers',
  { takes: ['container:water-tank'] },
  { quantity: 10, unit: 'unit', label: 'Cuves pour eau de pluie' },
);

// Heat by temperature level.
offer('fonderie-chaleur', 'fonderie', 'nrj.waste-heat', { is: 'heat', tempC: 250 }, { quantity: 3000, unit: 'MWh', temperatureC: 250 });
offer(
  'forge-chaleur',
  'forge',
  'nrj.waste-heat',
  { is: 'heat', tempC: 35 },
  { quantity: 1500, unit: 'MWh', description: 'Eau de refroidissement à 35 °C' },
);
need(
  'serres-chauffage',
  'serres',
  'nrj.space-heating',
  { takes: ['heat:any'], minTempC: 40 },
  { quantity: 900, unit: 'MWh', temperatureC: 40 },
);
need(
  'peinture-four',
  'peinture',
  'nrj.process-heat',
  { takes: ['heat:any'], minTempC: 130 },
  { quantity: 600, unit: 'MWh', temperatureC: 130 },
);

// Logistics and self-consumption (periurban: 10 km).
offer('log-palettes', 'logistique', 'mat.wood-pallets', { is: 'pallets' }, { quantity: 2000, unit: 'pallet' });
need('meca-palettes', 'mecanique', 'mat.wood-pallets', { takes: ['pallets:any'] }, { quantity: 300, unit: 'pallet' });
offer('log-toiture', 'logistique', 'nrj.pv-roof', { is: 'pv-roof' }, { quantity: 12000, unit: 'm2' });
need('meca-pv', 'mecanique', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 300, unit: 'MWh' });
need('routes-pv', 'routes', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 200, unit: 'MWh' });
need('dd-pv', 'dd', 'nrj.local-renewable', { takes: ['electricity:self-consumption'] }, { quantity: 500, unit: 'MWh' });

// Shared training: 15 CACES trainees.
need('fonderie-caces', 'fonderie', 'comp.training-caces', { takes: ['training:caces'] }, { quantity: 5, unit: 'person' });
need('forge-caces', 'forge', 'comp.training-caces', { takes: ['training:caces'] }, { quantity: 4, unit: 'person' });
need('plast-caces', 'plasturgie', 'comp.training-caces', { takes: ['training:caces'] }, { quantity: 3, unit: 'person' });
need('log-caces', 'logistique', 'comp.training-caces', { takes: ['training:caces'] }, { quantity: 3, unit: 'person' });
need('fonderie-elec', 'fonderie', 'nrj.electricity', { takes: ['purchase:electricity'] }, { quantity: 20, unit: 'GWh' });
need('forge-elec', 'forge', 'nrj.electricity', { takes: ['purchase:electricity'] }, { quantity: 8, unit: 'GWh' });
need('alu-elec', 'alu', 'nrj.electricity', { takes: ['purchase:electricity'] }, { quantity: 12, unit: 'GWh' });

export const METAL_BASIN: Scenario = {
  name: 'Bassin métallurgique (périurbain)',
  kind: 'industrial-basin',
  setting: 'periurban',
  companies: t.companies,
  flux: t.flux,
  expectedPairs: [
    ['forge-chutes', 'fonderie-ferraille'],
    ['forge-chutes', 'ferrailleur-entree'],
    ['inox-copeaux', 'ferrailleur-entree'],
    ['ferrailleur-trie', 'fonderie-ferraille'],
    ['meca-alu', 'alu-lingots'],
    ['inox-huiles', 'dd-huiles'],
    ['inox-fluides', 'dd-fluides'],
    ['plast-pp', 'injection-pp'],
    ['plast-pehd', 'recyplast-pehd'],
    ['log-film', 'film-pebd'],
    ['plast-mousse', 'log-mousse'],
    ['fonderie-sable', 'beton-granulats'],
    ['fonderie-sable', 'routes-remblais'],
    ['fonderie-laitier', 'beton-granulats'],
    ['fonderie-laitier', 'routes-remblais'],
    ['traitement-boues', 'dd-boues'],
    ['galva-boues', 'dd-boues-autre'],
    ['fonderie-chaleur', 'serres-chauffage'],
    ['fonderie-chaleur', 'peinture-four'],
    ['log-palettes', 'meca-palettes'],
    ['log-toiture', 'meca-pv'],
    ['log-toiture', 'routes-pv'],
  ],
  expectedGroups: [
    ['fonderie-caces', 'forge-caces', 'plast-caces', 'log-caces'],
    ['fonderie-elec', 'forge-elec', 'alu-elec'],
  ],
  forbidden: [
    ['inox-copeaux', 'fonderie-ferraille'],
    ['meca-laiton', 'alu-lingots'],
    ['plast-pp', 'recyplast-pehd'],
    ['plast-pehd', 'injection-pp'],
    ['galva-boues', 'beton-sable'],
    ['galva-boues', 'beton-granulats'],
    ['traitement-grv', 'serres-cuves'],
    ['forge-chaleur', 'peinture-four'],
    ['forge-chaleur', 'serres-chauffage'],
    ['log-toiture', 'dd-pv'],
    ['ferrailleur-trie', 'forge-chutes'],
    ['ferrailleur-trie', 'inox-copeaux'],
  ],
};
