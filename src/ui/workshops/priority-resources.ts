// The cards real programmes hear first at a table (cartons, palettes, training, energy purchase,
// WEEE, jobs, carpooling, bio-waste, waste heat): one tap each on the capture screen.
export const PRIORITY_RESOURCES = [
  'mat.cardboard',
  'mat.wood-pallets',
  'comp.training-sst',
  'nrj.electricity',
  'mat.weee',
  'comp.recruitment',
  'comp.carpooling',
  'mat.biowaste',
  'nrj.waste-heat',
] as const;
