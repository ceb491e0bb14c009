// Official waste codes that mean the same material as a vocabulary entry: an « Autre (matières) »
// flux recorded with one of them (an official LER label picked at a table) is matched as that
// entry — an identification, not a guess on words. Codes: Decision 2014/955/EU.
const SAME_MATERIAL: Record<string, readonly string[]> = {
  'mat.scrap-metal': ['12 01 01', '12 01 02', '16 01 17', '17 04 05', '19 10 01', '19 12 02'],
  'mat.non-ferrous': ['12 01 03', '12 01 04', '17 04 01', '17 04 02', '17 04 03', '17 04 04', '17 04 06', '19 12 03'],
  'mat.cardboard': ['15 01 01'],
  'mat.paper': ['20 01 01'],
  'mat.plastic-film': ['15 01 02'],
  'mat.plastic-rigid': ['07 02 13', '12 01 05', '17 02 03', '19 12 04', '20 01 39'],
  'mat.glass': ['15 01 07', '17 02 02', '19 12 05', '20 01 02'],
  'mat.wood-waste': ['17 02 01', '19 12 07', '20 01 38'],
  'mat.wood-pallets': ['15 01 03'],
  'mat.inert-rubble': ['17 01 01', '17 01 02', '17 01 03', '17 01 07', '17 05 04'],
  'mat.plasterboard': ['17 08 02'],
  'mat.textiles': ['04 02 22', '20 01 10', '20 01 11', '19 12 08'],
  'mat.weee': ['16 02 14', '16 02 13', '20 01 35', '20 01 36'],
  'mat.batteries': ['16 06 01', '16 06 02', '16 06 04', '20 01 33', '20 01 34'],
  'mat.tyres': ['16 01 03'],
  'mat.fluorescent-lamps': ['20 01 21'],
  'mat.used-oil': ['13 02 05', '13 02 06', '13 02 08'],
  'mat.cooking-oil': ['20 01 25'],
  'mat.solvents': ['14 06 03', '07 01 04'],
  'mat.biowaste': ['20 01 08', '20 03 02'],
  'mat.green-waste': ['20 02 01'],
  'mat.sludge': ['19 08 12', '19 08 14'],
  'mat.hydroxide-sludge': ['11 01 09'],
  'mat.cutting-fluids': ['12 01 09'],
  'mat.foundry-sand': ['10 09 08', '10 10 08'],
  'mat.slag': ['10 02 01', '10 02 02', '10 09 03', '10 10 03'],
  'mat.refractories': ['16 11 04', '16 11 06'],
  'mat.animal-by-products': ['02 02 02', '02 02 03'],
  'mat.manure': ['02 01 06'],
  'mat.straw': ['02 01 03'],
  'mat.fruit-veg': ['02 03 04'],
  'mat.whey': ['02 05 01'],
  'mat.spent-grain': ['02 07 04'],
  'mat.digestate': ['19 06 04', '19 06 06'],
  'mat.mixed-waste': ['20 03 01'],
};

const ENTRY_OF_CODE = new Map<string, string>();
for (const [entry, codes] of Object.entries(SAME_MATERIAL)) for (const code of codes) ENTRY_OF_CODE.set(code, entry);

/** The entry an official code means (star aside), if one does. */
export const entryForLerCode = (code: string): string | undefined => ENTRY_OF_CODE.get(code.replace('*', '').trim());
