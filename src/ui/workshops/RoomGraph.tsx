// The room as a picture: participants on a slowly turning circle, synergies as links between them
// (substitution and mutualisation in two colours). Plain SVG, no map tiles, no library.
import { useEffect, useState } from 'preact/hooks';
import type { RoomLink, RoomNode } from './room-view';

const SIZE = 1000;
/** Width kept on each side of the circle for the names written outside it. */
const MARGIN = 330;
/** Radius of the circle of companies, in viewBox units. */
const RADIUS = 380;
/** One turn in about four minutes: alive on a wall, never hard to read. */
const DEGREES_PER_TICK = 0.3;
const TICK_MS = 200;

/** Characters of a name's line that fit beside the circle at the projector's type size. */
const LINE_CHARS = 15;
const LINE_HEIGHT = 56;

/**
 * A company's name on at most two lines cut between words (« Cartonnages » / « Morel »), so it
 * reads whole from the back of the room; only what still does not fit ends with « … ».
 */
export function nameLines(name: string, max = LINE_CHARS): string[] {
  const clip = (s: string) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  const words = name.trim().split(/\s+/);
  const first: string[] = [];
  while (words.length > 0 && [...first, words[0]].join(' ').length <= max) first.push(words.shift()!);
  if (first.length === 0) return [clip(words.shift()!), ...(words.length > 0 ? [clip(words.join(' '))] : [])];
  return words.length === 0 ? [first.join(' ')] : [first.join(' '), clip(words.join(' '))];
}

export function RoomGraph({ nodes, links, fresh }: { nodes: RoomNode[]; links: RoomLink[]; fresh: ReadonlySet<string> }) {
  const [turn, setTurn] = useState(0);
  useEffect(() => {
    // Someone who asked the system to reduce motion gets a still picture.
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const timer = setInterval(() => setTurn((t) => (t + DEGREES_PER_TICK) % 360), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const angle = (turn * Math.PI) / 180;
  const at = new Map(
    nodes.map((n) => {
      const x = n.x * Math.cos(angle) - n.y * Math.sin(angle);
      const y = n.x * Math.sin(angle) + n.y * Math.cos(angle);
      return [n.id, { ...n, px: SIZE / 2 + x * RADIUS, py: SIZE / 2 + y * RADIUS, right: x >= 0 }];
    }),
  );
  return (
    <svg class="ws-graph" viewBox={`${-MARGIN} 0 ${SIZE + 2 * MARGIN} ${SIZE}`} role="img" aria-label={`${nodes.length} entreprises, ${links.length} liens de synergie`}>
      {links.map((l) => {
        const a = at.get(l.from);
        const b = at.get(l.to);
        if (!a || !b) return null;
        const isFresh = fresh.has(l.id.split(':').slice(0, -1).join(':'));
        return <line key={l.id} class={`ws-link ws-link-${l.kind}${isFresh ? ' ws-fresh' : ''}`} x1={a.px} y1={a.py} x2={b.px} y2={b.py} />;
      })}
      {[...at.values()].map((n) => (
        <g key={n.id} class="ws-node">
          <circle cx={n.px} cy={n.py} r={20} />
          <text x={n.px + (n.right ? 30 : -30)} y={n.py + 17} text-anchor={n.right ? 'start' : 'end'}>
            {nameLines(n.name).map((line, i, lines) => (
              <tspan key={i} x={n.px + (n.right ? 30 : -30)} dy={i === 0 ? -((lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
