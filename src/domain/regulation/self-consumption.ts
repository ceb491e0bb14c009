// Collective self-consumption of electricity: how far apart the participants may be. Arrêté of
// 21 November 2019 (art. L315-2 of the Code de l'énergie), as amended by the arrêté of
// 19 September 2023: 2 km; by derogation 10 km in periurban and 20 km in rural communes.
import { z } from 'zod';

/** What kind of commune a territory (or a company) is in, as the derogation reads it. */
export const COMMUNE_SETTINGS = ['urban', 'periurban', 'rural'] as const;
export type CommuneSetting = (typeof COMMUNE_SETTINGS)[number];
export const CommuneSettingSchema = z.enum(COMMUNE_SETTINGS, { error: 'Type de commune inconnu (urbain, périurbain, rural)' });
export const COMMUNE_SETTING_LABELS: Record<CommuneSetting, string> = {
  urban: 'Urbain',
  periurban: 'Périurbain',
  rural: 'Rural',
};

export const SELF_CONSUMPTION_RULE = {
  text: 'Arrêté du 21 novembre 2019 modifié par l’arrêté du 19 septembre 2023 (autoconsommation collective étendue)',
  appliesFrom: '2023-09-19',
  km: { urban: 2, periurban: 10, rural: 20 } satisfies Record<CommuneSetting, number>,
} as const;

/** Reach of a participant: 2 km unless its commune is known to be periurban or rural. */
export const selfConsumptionKm = (setting: CommuneSetting | undefined): number => SELF_CONSUMPTION_RULE.km[setting ?? 'urban'];
