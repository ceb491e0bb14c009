// The official list of waste with its French labels, chapters, sections and mirror entries, for the
// pages that show or search it (list.ts is ~90 KB: import this module from lazily loaded code only).
import { normalizeLerCode } from './index';
import { LER_CHAPTERS, LER_ENTRIES, LER_SECTIONS } from './list';

/**
 * 'absolute': hazardous whatever its content; 'mirror': one of a pair (hazardous `*` entry and its
 * non-hazardous counterpart) where the content decides; 'none': non-hazardous, no counterpart.
 */
export type LerHazardKind = 'absolute' | 'mirror' | 'none';

export interface LerEntry {
  code: string;
  label: string;
  chapter: { code: string; label: string };
  section: { code: string; label: string };
  hazardous: boolean;
  hazardKind: LerHazardKind;
  /** The other entries of its mirror pair, if any. */
  mirrors: readonly string[];
}

let byDigits: Map<string, LerEntry> | undefined;
let all: LerEntry[] | undefined;

function toEntry([code, label, mirror]: (typeof LER_ENTRIES)[number]): LerEntry {
  const hazardous = code.endsWith('*');
  const mirrors = mirror ? mirror.split(',') : [];
  const chapter = code.slice(0, 2);
  const section = code.slice(0, 5);
  return {
    code,
    label,
    chapter: { code: chapter, label: LER_CHAPTERS[chapter] ?? '' },
    section: { code: section, label: LER_SECTIONS[section] ?? '' },
    hazardous,
    hazardKind: mirrors.length > 0 ? 'mirror' : hazardous ? 'absolute' : 'none',
    mirrors,
  };
}

export function lerEntries(): readonly LerEntry[] {
  all ??= LER_ENTRIES.map(toEntry);
  return all;
}

/** The entry of a code, typed with or without spaces and star ("150110", "15 01 10*"). */
export function findLer(code: string): LerEntry | undefined {
  byDigits ??= new Map(lerEntries().map((e) => [e.code.replace(/\D/g, ''), e]));
  const official = normalizeLerCode(code);
  return official ? byDigits.get(official.replace(/\D/g, '')) : undefined;
}

/** Label as shown: « 15 01 10* — Emballages contenant des résidus… ». */
export function lerDisplay(entry: LerEntry): string {
  return `${entry.code} — ${entry.label.charAt(0).toUpperCase()}${entry.label.slice(1)}`;
}
