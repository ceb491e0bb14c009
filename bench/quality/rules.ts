// The rule file of the quality benchmark: labels any proposal right or wrong from the truth of its
// flux, by category, grade, hazard and regulation — never by flux ids. Written from practice and
// the texts (Reg. (EC) 1069/2009 for animal by-products, food-contact water, collective
// self-consumption reach), independently of the engine's vocabulary.
import { SELF_CONSUMPTION_RULE, type CommuneSetting } from '../../src/domain';
import type { NeedTruth, OfferTruth, Truth } from './scenario';

interface Substance {
  /** Uses it can serve: « category:grade ». */
  serves: string[];
  hazardous?: boolean;
  /** Fit for food contact (drinking water, food-grade packaging). */
  foodGrade?: boolean;
}

export const SUBSTANCES: Record<string, Substance> = {
  // Metals, by grade: a cast-iron foundry melts returns and carbon steel, never stainless.
  'scrap-carbon-steel': { serves: ['ferrous-scrap:carbon-steel'] },
  'scrap-cast-iron': { serves: ['ferrous-scrap:cast-iron'] },
  'scrap-stainless': { serves: ['ferrous-scrap:stainless'] },
  'scrap-aluminium': { serves: ['nonferrous:aluminium'] },
  'scrap-copper': { serves: ['nonferrous:copper'] },
  // Polymers, by resin.
  'plastic-pp': { serves: ['plastic:pp'] },
  'plastic-pehd': { serves: ['plastic:pe-hd'] },
  'plastic-pebd': { serves: ['plastic:pe-bd'] },
  'pu-foam': { serves: ['foam:pu'] },
  // Mineral residues: concrete, cement and road works.
  'foundry-sand': { serves: ['aggregate:sand'] },
  slag: { serves: ['aggregate:slag', 'cement-raw:slag'] },
  rubble: { serves: ['aggregate:rubble'] },
  plasterboard: { serves: ['plaster:board'] },
  cullet: { serves: ['glass:cullet'] },
  // Hazardous waste: only to an authorised plant.
  'hydroxide-sludge': { serves: ['hazardous:sludge'], hazardous: true },
  'cutting-fluid': { serves: ['hazardous:oil'], hazardous: true },
  'used-oil': { serves: ['hazardous:oil'], hazardous: true },
  solvent: { serves: ['hazardous:solvent', 'fuel:solvent'], hazardous: true },
  'ibc-chemical': { serves: ['container:ibc-reconditioning'], hazardous: true },
  'drum-chemical': { serves: ['container:drum-reconditioning'], hazardous: true },
  'treated-wood': { serves: ['hazardous:wood'], hazardous: true },
  // Packaging and logistics.
  cardboard: { serves: ['cardboard:any'] },
  pallets: { serves: ['pallets:any'] },
  'meeting-room': { serves: ['premises:meeting-room'] },
  // Wood: untreated class A to bedding, boilers, panels.
  'sawdust-untreated': { serves: ['bedding:wood', 'fuel:wood-a', 'panel:wood'] },
  'offcuts-untreated': { serves: ['fuel:wood-a', 'panel:wood'] },
  // Organic matter by Reg. (EC) 1069/2009 category.
  'abp-cat1': { serves: ['rendering:cat1'] },
  'abp-cat3': { serves: ['rendering:cat3', 'digester:cat3'] },
  manure: { serves: ['digester:manure', 'spreading:manure'] },
  whey: { serves: ['feed:dairy', 'digester:dairy'] },
  'spent-grain': { serves: ['feed:plant', 'digester:plant'] },
  'fruit-veg': { serves: ['feed:plant', 'digester:plant'] },
  'raw-biowaste': { serves: ['composting:biowaste', 'digester:biowaste'] },
  'dairy-sludge': { serves: ['digester:sludge'] },
  compost: { serves: ['soil:compost', 'spreading:compost'] },
  digestate: { serves: ['spreading:digestate'] },
  // Water by use.
  'treated-wastewater': { serves: ['water:washing', 'water:irrigation'] },
  rainwater: { serves: ['water:washing', 'water:irrigation'] },
  // Energy.
  heat: { serves: ['heat:any'] },
  steam: { serves: ['steam:any', 'heat:any'] },
  co2: { serves: ['co2:greenhouse'] },
  nitrogen: { serves: ['gas:nitrogen'] },
  'pv-roof': { serves: ['electricity:self-consumption'] },
  'loading-dock': { serves: ['premises:dock'] },
  'cooking-oil': { serves: ['oil:cooking', 'digester:oil'] },
  textile: { serves: ['textile:any'] },
  furniture: { serves: ['furniture:any'] },
  lamps: { serves: ['hazardous:lamps'], hazardous: true },
  'coffee-grounds': { serves: ['substrate:coffee', 'composting:coffee', 'digester:coffee'] },
  shells: { serves: ['shells:calcium'] },
  'cargo-bike': { serves: ['equipment:cargo-bike'] },
};

export const isNeedTruth = (t: Truth): t is NeedTruth => 'takes' in t;

const fits = (serve: string, take: string) => (take.endsWith(':*') ? serve.startsWith(take.slice(0, -1)) : serve === take);

export interface PairContext {
  distanceKm: number;
  setting: CommuneSetting;
}

/** Is this offer → need proposal right? Returns the reason it is wrong, or null when right. */
export function judgePair(offer: OfferTruth, need: NeedTruth, ctx: PairContext): string | null {
  const s = SUBSTANCES[offer.is];
  if (!s) return `substance inconnue ${offer.is}`;
  const uses = s.serves.filter((serve) => need.takes.some((take) => fits(serve, take)));
  if (uses.length === 0) return `${offer.is} ne sert pas à ${need.takes.join('/')}`;
  if (s.hazardous && !need.authorisedHazardous) return `${offer.is} dangereux vers un site non autorisé`;
  if (need.foodContact && !s.foodGrade) return `${offer.is} vers un usage au contact des aliments`;
  if (need.minTempC !== undefined && (offer.tempC === undefined || offer.tempC < need.minTempC)) return 'chaleur trop froide';
  if (need.minBar !== undefined && (offer.bar === undefined || offer.bar < need.minBar)) return 'vapeur à pression trop basse';
  if (uses.every((u) => u === 'electricity:self-consumption') && ctx.distanceKm > SELF_CONSUMPTION_RULE.km[ctx.setting]) {
    return 'autoconsommation collective au-delà du périmètre réglementaire';
  }
  return null;
}

/** Is a mutualisation group right? Members share one use (same course, same purchase), no recycler output in a round. */
export function judgeGroup(members: Truth[], kind: 'collection' | 'other'): string | null {
  const keyOf = (t: Truth) => (isNeedTruth(t) ? t.takes[0]! : (SUBSTANCES[t.is]?.serves[0]?.split(':')[0] ?? t.is));
  const first = keyOf(members[0]!);
  if (!members.every((m) => keyOf(m) === first)) return `groupe mêlant ${[...new Set(members.map(keyOf))].join(', ')}`;
  if (kind === 'collection' && members.some((m) => !isNeedTruth(m) && m.recyclerOutput))
    return 'sortie d’un recycleur dans une collecte de ses fournisseurs';
  return null;
}
