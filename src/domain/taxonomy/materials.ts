// Matières: raw materials, waste and by-products (LER codes from the European Waste Catalogue).
// Every waste can be given away or accepted as input (a recycler, a composting platform, a
// methaniser, an energy-recovery plant), with the recovery operations (R codes) that fit it.
import { AGRIFOOD } from './materials-agrifood';
import { INDUSTRY } from './materials-industry';
import { resource, type ResourceType } from './types';

const r = (...a: Parameters<typeof resource> extends [unknown, ...infer R] ? R : never) => resource('materials', ...a);
const NEED = { directions: ['need'] as const };
const COLLECT = { mutualisation: 'shared-collection' as const };

export const MATERIALS: ResourceType[] = [
  r('mat.cardboard', 'Cartons et emballages carton', 't', 50, { ...COLLECT, wasteCode: '15 01 01', recovery: ['R3'] }),
  r('mat.paper', 'Papiers de bureau', 't', 50, { ...COLLECT, wasteCode: '20 01 01', recovery: ['R3'] }),
  r('mat.wood-pallets', 'Palettes bois', 'pallet', 50, { ...COLLECT, wasteCode: '15 01 03', recovery: ['R3', 'R1'] }),
  r('mat.wood-waste', 'Déchets de bois (classe A ou B, hors palettes)', 't', 50, {
    ...COLLECT,
    gradeKind: 'wood',
    wasteCode: '17 02 01',
    recovery: ['R3', 'R1'],
    feeds: ['nrj.biomass'],
  }),
  r('mat.wood-offcuts', 'Chutes de bois non traité', 't', 50, {
    gradeKind: 'wood',
    grade: 'wood.a',
    wasteCode: '03 01 05',
    recovery: ['R3', 'R1'],
    feeds: ['nrj.biomass', 'mat.wood-raw'],
  }),
  r('mat.sawdust', 'Sciures et copeaux de bois', 't', 50, {
    gradeKind: 'wood',
    wasteCode: '03 01 05',
    recovery: ['R3', 'R1'],
    feeds: ['nrj.biomass', 'mat.animal-bedding'],
  }),
  r('mat.wood-raw', 'Bois (matière première, petites sections)', 't', 50, { ...NEED, gradeKind: 'wood', accepts: ['wood.a'] }),
  // Bedding takes untreated sawdust and shavings, or straw (a farm's litter ends up on its fields).
  r('mat.animal-bedding', 'Litière animale', 't', 50, { ...NEED, accepts: ['wood.a', 'organic.plant'] }),
  r('mat.plastic-film', 'Plastiques souples (films, housses)', 't', 50, {
    ...COLLECT,
    wasteCode: '15 01 02',
    recovery: ['R3'],
    gradeKind: 'polymer',
  }),
  r('mat.plastic-rigid', 'Plastiques rigides (caisses, fûts, chutes)', 't', 50, {
    ...COLLECT,
    wasteCode: '07 02 13',
    recovery: ['R3'],
    gradeKind: 'polymer',
  }),
  r('mat.scrap-metal', 'Ferraille et métaux ferreux', 't', 80, { ...COLLECT, wasteCode: '12 01 01', recovery: ['R4'], gradeKind: 'metal' }),
  r('mat.non-ferrous', 'Métaux non ferreux (aluminium, cuivre)', 't', 80, {
    ...COLLECT,
    wasteCode: '12 01 03',
    recovery: ['R4'],
    gradeKind: 'metal',
  }),
  r('mat.weee', 'DEEE (équipements électriques et électroniques)', 't', 80, {
    ...COLLECT,
    wasteCode: '16 02 14',
    recovery: ['R4', 'R5'],
  }),
  r('mat.fluorescent-lamps', 'Lampes et tubes fluorescents', 'kg', 80, { ...COLLECT, wasteCode: '20 01 21*', recovery: ['R4', 'R5'] }),
  r('mat.batteries', 'Piles et batteries', 'kg', 80, { ...COLLECT, wasteCode: '16 06 01*', recovery: ['R4', 'R6'] }),
  r('mat.toner', 'Cartouches d’encre et toners', 'kg', 80, { ...COLLECT, wasteCode: '08 03 18', recovery: ['R3', 'R5'] }),
  r('mat.biowaste', 'Biodéchets (restauration, agroalimentaire)', 't', 30, {
    ...COLLECT,
    wasteCode: '20 01 08',
    recovery: ['R3', 'R10'],
    // Raw biowaste goes to a composting platform (a need of this entry) or a digester, never to
    // a grower who needs finished compost.
    feeds: ['mat.methanisation-input'],
    gradeKind: 'organic',
    grade: 'organic.raw',
  }),
  r('mat.green-waste', 'Déchets verts', 't', 30, {
    ...COLLECT,
    wasteCode: '20 02 01',
    recovery: ['R3', 'R10'],
    feeds: ['mat.methanisation-input', 'nrj.biomass'],
    gradeKind: 'organic',
    grade: 'organic.plant',
  }),
  r('mat.sludge', 'Boues de station d’épuration industrielle', 't', 30, {
    wasteCode: '19 08 12',
    recovery: ['R3', 'R10'],
    feeds: ['mat.methanisation-input'],
    gradeKind: 'organic',
    grade: 'organic.raw',
  }),
  // A digester takes plant matter, dairy, cat. 3 and cat. 2 by-products (manure, slurry), raw
  // biowaste; never cat. 1 (incineration or authorised processing only, Reg. (EC) 1069/2009 art. 12).
  r('mat.methanisation-input', 'Intrants pour méthanisation', 't', 30, {
    ...NEED,
    gradeKind: 'organic',
    accepts: ['organic.plant', 'organic.dairy', 'organic.abp-cat3', 'organic.abp-cat2', 'organic.raw'],
  }),
  r('mat.compost', 'Compost / amendement organique', 't', 30, {
    gradeKind: 'organic',
    grade: 'organic.compost',
    accepts: ['organic.compost'],
    feeds: ['mat.organic-fertiliser'],
  }),
  r('mat.food-surplus', 'Invendus alimentaires (don)', 'kg', 30, { feeds: ['mat.methanisation-input'] }),
  r('mat.used-oil', 'Huiles usagées (moteur, hydraulique)', 'L', 80, {
    ...COLLECT,
    wasteCode: '13 02 05*',
    recovery: ['R9', 'R1'],
    density: 0.9,
  }),
  r('mat.cooking-oil', 'Huiles alimentaires usagées', 'L', 50, {
    ...COLLECT,
    wasteCode: '20 01 25',
    recovery: ['R3', 'R1'],
    feeds: ['mat.methanisation-input'],
    density: 0.92,
  }),
  r('mat.solvents', 'Solvants usagés', 'L', 80, { ...COLLECT, wasteCode: '14 06 03*', recovery: ['R2', 'R1'] }),
  r('mat.paint-waste', 'Peintures, encres et colles usagées', 'kg', 80, { ...COLLECT, wasteCode: '08 01 11*', recovery: ['R1', 'R2'] }),
  r('mat.soiled-packaging', 'Emballages souillés', 't', 80, {
    ...COLLECT,
    wasteCode: '15 01 10*',
    recovery: ['R1', 'R4'],
    gradeKind: 'packaging',
    grade: 'packaging.chemical',
  }),
  r('mat.absorbents', 'Absorbants, chiffons et filtres souillés', 'kg', 80, { ...COLLECT, wasteCode: '15 02 02*', recovery: ['R1'] }),
  r('mat.glass', 'Verre', 't', 50, { ...COLLECT, wasteCode: '15 01 07', recovery: ['R5'] }),
  r('mat.textiles', 'Textiles et chutes de tissu', 't', 50, { wasteCode: '04 02 22', recovery: ['R3'] }),
  r('mat.inert-rubble', 'Gravats et déblais inertes', 't', 30, { wasteCode: '17 01 07', recovery: ['R5'], feeds: ['mat.aggregates'] }),
  r('mat.plasterboard', 'Plâtre (chutes de plaques)', 't', 50, { wasteCode: '17 08 02', recovery: ['R5'] }),
  r('mat.tyres', 'Pneumatiques usagés', 'unit', 80, { ...COLLECT, wasteCode: '16 01 03', recovery: ['R1', 'R3'] }),
  r('mat.mixed-waste', 'Déchets non dangereux en mélange (DIB)', 't', 50, {
    ...COLLECT,
    wasteCode: '20 03 01',
    recovery: ['R1'],
  }),
  r('mat.big-bags', 'Big-bags et contenants souples réutilisables', 'unit', 50, {
    wasteCode: '15 01 09',
    recovery: ['R3'],
    gradeKind: 'packaging',
  }),
  // An IBC that held chemicals is not a farm's water tank: packaging is graded by what it held.
  r('mat.ibc-containers', 'Cuves GRV (IBC) réutilisables', 'unit', 50, {
    wasteCode: '15 01 02',
    recovery: ['R3'],
    gradeKind: 'packaging',
  }),
  r('mat.drums', 'Fûts (métal ou plastique) à reconditionner', 'unit', 50, {
    wasteCode: '15 01 04',
    recovery: ['R3', 'R4'],
    gradeKind: 'packaging',
  }),
  r('mat.office-furniture', 'Mobilier de bureau (réemploi)', 'unit', 50, { wasteCode: '20 03 07', recovery: ['R3', 'R4'] }),
  r('mat.packaging-materials', "Matériaux d'emballage (calage, films, caisses)", 't', 50, NEED),
  ...AGRIFOOD,
  ...INDUSTRY,
  r('mat.other', 'Autre (matières)', 't', 50, { isOther: true }),
];
