// Where the room picture puts each company: one box per table (or per business park when nobody is
// seated), names in rows inside it, so 40 names never overlap and read from the back of the room.
// Pure: positions in the picture's own units, which the SVG scales to the screen.
import type { Company } from '../../domain';
import type { Workshop } from '../../domain/workshop';

export interface RoomGroup {
  id: string;
  name: string;
  companyIds: string[];
}

export interface PlacedBox {
  id: string;
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedNode {
  id: string;
  /** The name as written: cut with « … » to the width of its box. */
  label: string;
  /** Where its dot is; the label starts to its right. */
  x: number;
  y: number;
}

export interface RoomPicture {
  width: number;
  height: number;
  fontSize: number;
  boxes: PlacedBox[];
  nodes: PlacedNode[];
}

export const PICTURE_WIDTH = 1600;
export const PICTURE_HEIGHT = 1000;
/** A box holds at most this many names: a bigger table or park continues in a second box. */
const MAX_ROWS = 10;
const PAD = 16;
const GAP = 14;
const MAX_FONT = 56;
/** Average glyph width in a sans-serif, as a share of the font size. */
const GLYPH = 0.56;

/** Tables in their order with the participants seated there, then the others by business park. */
export function roomGroups(
  workshop: Pick<Workshop, 'tables' | 'companyIds'>,
  participants: readonly Pick<Company, 'id' | 'name' | 'zone'>[],
): RoomGroup[] {
  const byId = new Map(participants.map((c) => [c.id, c]));
  const byName = (a: string, b: string) => byId.get(a)!.name.localeCompare(byId.get(b)!.name, 'fr') || a.localeCompare(b);
  const seated = new Set<string>();
  const groups: RoomGroup[] = [];
  for (const t of workshop.tables) {
    const ids = t.companyIds.filter((id) => byId.has(id) && !seated.has(id));
    ids.forEach((id) => seated.add(id));
    if (ids.length > 0) groups.push({ id: t.id, name: t.name, companyIds: ids.sort(byName) });
  }
  const parks = new Map<string, string[]>();
  for (const c of participants) {
    if (seated.has(c.id)) continue;
    const park = c.zone?.trim() || 'Sans zone d’activités';
    parks.set(park, [...(parks.get(park) ?? []), c.id]);
  }
  // When tables are in use, those not seated are one group; otherwise the parks draw the room.
  if (groups.length > 0 && parks.size > 0)
    groups.push({ id: 'sans-table', name: 'Sans table', companyIds: [...parks.values()].flat().sort(byName) });
  else
    for (const [name, ids] of [...parks].sort((a, b) => a[0].localeCompare(b[0], 'fr')))
      groups.push({ id: `parc:${name}`, name, companyIds: ids.sort(byName) });
  return groups;
}

/** A name cut to `chars` characters, at a word when it can. */
export function fitLabel(name: string, chars: number): string {
  const n = name.trim();
  if (n.length <= chars) return n;
  const cut = n.slice(0, Math.max(1, chars - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > chars / 2 ? cut.slice(0, space) : cut}…`;
}

/** Boxes on a grid whose column count gives the largest type; names in rows inside each box. */
export function layoutRoom(
  groups: readonly RoomGroup[],
  names: ReadonlyMap<string, string>,
  width = PICTURE_WIDTH,
  height = PICTURE_HEIGHT,
): RoomPicture {
  const boxes = groups.flatMap((g) => {
    const parts: RoomGroup[] = [];
    for (let i = 0; i < g.companyIds.length; i += MAX_ROWS) {
      parts.push({
        id: i === 0 ? g.id : `${g.id}:${i}`,
        name: i === 0 ? g.name : `${g.name} (suite)`,
        companyIds: g.companyIds.slice(i, i + MAX_ROWS),
      });
    }
    return parts;
  });
  if (boxes.length === 0) return { width, height, fontSize: MAX_FONT, boxes: [], nodes: [] };
  const longest = Math.max(12, ...[...names.values()].map((n) => Math.min(n.length, 22)));
  let best = { columns: 1, font: 0 };
  for (let columns = 1; columns <= boxes.length; columns++) {
    const rows = Math.ceil(boxes.length / columns);
    const boxW = (width - GAP * (columns - 1)) / columns;
    const boxH = (height - GAP * (rows - 1)) / rows;
    // The tallest box of each grid row sets the row height for all.
    const most = Math.max(...boxes.map((b) => b.companyIds.length));
    const rowH = (boxH - 2 * PAD) / (most + 1.2);
    const font = Math.min(MAX_FONT, rowH * 0.78, (boxW - 2 * PAD - 40) / (longest * GLYPH));
    if (font > best.font) best = { columns, font };
  }
  const { columns, font } = best;
  const rows = Math.ceil(boxes.length / columns);
  const boxW = (width - GAP * (columns - 1)) / columns;
  const rowH = font / 0.78;
  const most = Math.max(...boxes.map((b) => b.companyIds.length));
  // A small room gets boxes the height of their names (top-aligned with the list), not tall empty boxes.
  const boxH = Math.min((height - GAP * (rows - 1)) / rows, 2 * PAD + rowH * (most + 1.2));
  const top = 0;
  const chars = Math.max(6, Math.floor((boxW - 2 * PAD - 40) / (font * GLYPH)));
  const placedBoxes: PlacedBox[] = [];
  const nodes: PlacedNode[] = [];
  boxes.forEach((b, i) => {
    const x = (i % columns) * (boxW + GAP);
    const y = top + Math.floor(i / columns) * (boxH + GAP);
    placedBoxes.push({ id: b.id, name: fitLabel(b.name, chars + 2), x, y, w: boxW, h: boxH });
    b.companyIds.forEach((id, row) => {
      nodes.push({ id, label: fitLabel(names.get(id) ?? '', chars), x: x + PAD + 12, y: y + PAD + rowH * (row + 1.7) });
    });
  });
  return { width, height, fontSize: font, boxes: placedBoxes, nodes };
}
