// Matières: raw materials, waste and by-products (LER codes from the European Waste Catalogue).
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) =>
  resource('materials', ...a);
const OFFER = { directions: ['offer'] as const };
const NEED = { directions: ['need'] as const };
const COLLECT = { mutualisation: 'shared-collection' as const };

export const MATERIALS: ResourceType[] = [
  r('mat.cardboard', 'Cartons et emballages carton', 't', 50, { ...COLLECT, wasteCode: '15 01 01' }),
  r('mat.paper', 'Papiers de bureau', 't', 50, { ...OFFER, ...COLLECT, wasteCode: '20 01 01' }),
  r('mat.wood-pallets', 'Palettes bois', 'pallet', 50, { ...COLLECT, wasteCode: '15 01 03' }),
  r('mat.wood-offcuts', 'Chutes de bois non traité', 't', 50, {
    ...OFFER,
    wasteCode: '03 01 05',
    feeds: ['nrj.biomass', 'mat.wood-raw'],
  }),
  r('mat.sawdust', 'Sciures et copeaux de bois', 't', 50, {
    ...OFFER,
    wasteCode: '03 01 05',
    feeds: ['nrj.biomass', 'mat.animal-bedding'],
  }),
  r('mat.wood-raw', 'Bois (matière première, petites sections)', 't', 50, NEED),
  r('mat.animal-bedding', 'Litière animale', 't', 50, NEED),
  r('mat.plastic-film', 'Plastiques souples (films, housses)', 't', 50, { ...COLLECT, wasteCode: '15 01 02' }),
  r('mat.plastic-rigid', 'Plastiques rigides (caisses, fûts, chutes)', 't', 50, { ...COLLECT, wasteCode: '07 02 13' }),
  r('mat.scrap-metal', 'Ferraille et métaux ferreux', 't', 80, { ...COLLECT, wasteCode: '12 01 01' }),
  r('mat.non-ferrous', 'Métaux non ferreux (aluminium, cuivre)', 't', 80, { ...COLLECT, wasteCode: '12 01 03' }),
  r('mat.weee', 'DEEE (équipements électriques et électroniques)', 't', 80, {
    ...OFFER,
    ...COLLECT,
    wasteCode: '16 02 14',
  }),
  r('mat.batteries', 'Piles et batteries', 'kg', 80, { ...OFFER, ...COLLECT, wasteCode: '16 06 01*' }),
  r('mat.biowaste', 'Biodéchets (restauration, agroalimentaire)', 't', 30, {
    ...OFFER,
    ...COLLECT,
    wasteCode: '20 01 08',
    feeds: ['mat.methanisation-input', 'mat.compost'],
  }),
  r('mat.green-waste', 'Déchets verts', 't', 30, {
    ...OFFER,
    ...COLLECT,
    wasteCode: '20 02 01',
    feeds: ['mat.methanisation-input', 'mat.compost', 'nrj.biomass'],
  }),
  r('mat.methanisation-input', 'Intrants pour méthanisation', 't', 30, NEED),
  r('mat.compost', 'Compost / amendement organique', 't', 30),
  r('mat.food-surplus', 'Invendus alimentaires (don)', 'kg', 30, { ...OFFER, feeds: ['mat.methanisation-input'] }),
  r('mat.used-oil', 'Huiles usagées (moteur, hydraulique)', 'L', 80, { ...OFFER, ...COLLECT, wasteCode: '13 02 05*' }),
  r('mat.cooking-oil', 'Huiles alimentaires usagées', 'L', 50, {
    ...OFFER,
    ...COLLECT,
    wasteCode: '20 01 25',
    feeds: ['mat.methanisation-input'],
  }),
  r('mat.solvents', 'Solvants usagés', 'L', 80, { ...OFFER, ...COLLECT, wasteCode: '14 06 03*' }),
  r('mat.soiled-packaging', 'Emballages souillés', 't', 80, { ...OFFER, ...COLLECT, wasteCode: '15 01 10*' }),
  r('mat.glass', 'Verre', 't', 50, { ...COLLECT, wasteCode: '15 01 07' }),
  r('mat.textiles', 'Textiles et chutes de tissu', 't', 50, { wasteCode: '04 02 22' }),
  r('mat.inert-rubble', 'Gravats et déblais inertes', 't', 30, { wasteCode: '17 01 07' }),
  r('mat.tyres', 'Pneumatiques usagés', 'unit', 80, { ...OFFER, ...COLLECT, wasteCode: '16 01 03' }),
  r('mat.big-bags', 'Big-bags et contenants souples réutilisables', 'unit', 50, { wasteCode: '15 01 09' }),
  r('mat.ibc-containers', 'Cuves GRV (IBC) réutilisables', 'unit', 50, { wasteCode: '15 01 02' }),
  r('mat.office-furniture', 'Mobilier de bureau (réemploi)', 'unit', 50, { wasteCode: '20 03 07' }),
  r('mat.packaging-materials', "Matériaux d'emballage (calage, films, caisses)", 't', 50, NEED),
  r('mat.other', 'Autre (matières)', 't', 50, { isOther: true }),
];
