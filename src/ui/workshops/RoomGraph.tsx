// The room as a picture: one box per table (or park) with its companies' names in rows, the
// newest synergies as curves between their dots (substitution and mutualisation in two colours).
// Plain SVG, laid out to the shape of its place on screen: names never move, never overlap, and
// stay on screen at 40 companies.
import { useEffect, useRef, useState } from 'preact/hooks';
import { layoutRoom, type RoomGroup } from './room-layout';
import type { RoomLink } from './room-view';

/** A curve from one dot to another, bowed sideways so links between neighbours stay visible. */
function curve(a: { x: number; y: number }, b: { x: number; y: number }): string {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const bow = Math.min(120, len * 0.25) + 30;
  return `M ${a.x} ${a.y} Q ${mx - (dy / len) * bow} ${my + (dx / len) * bow} ${b.x} ${b.y}`;
}

/** Width / height of the element, followed as the window (or projector) changes. */
function useAspect(): [(el: HTMLDivElement | null) => void, number] {
  const [aspect, setAspect] = useState(1.25);
  const observer = useRef<ResizeObserver>();
  const ref = (el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    if (!el || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      if (width > 0 && height > 0) setAspect(Math.min(3, Math.max(0.5, width / height)));
    });
    observer.current.observe(el);
  };
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, aspect];
}

interface Props {
  groups: RoomGroup[];
  names: ReadonlyMap<string, string>;
  links: RoomLink[];
  fresh: ReadonlySet<string>;
}

export function RoomGraph({ groups, names, links, fresh }: Props) {
  const [ref, aspect] = useAspect();
  // Rounded, so a window resized by a pixel does not lay the room out again.
  const width = Math.round(aspect * 20) * 50;
  const picture = layoutRoom(groups, names, width, 1000);
  const at = new Map(picture.nodes.map((n) => [n.id, n]));
  const font = picture.fontSize;
  return (
    <div class="ws-graph-box" ref={ref}>
      <svg
        class="ws-graph"
        viewBox={`0 0 ${picture.width} ${picture.height}`}
        preserveAspectRatio="xMidYMin meet"
        role="img"
        aria-label={`${picture.nodes.length} entreprises, ${links.length} liens de synergie`}
      >
        {picture.boxes.map((b) => (
          <rect key={b.id} class="ws-box" x={b.x} y={b.y} width={b.w} height={b.h} rx={18} />
        ))}
        {links.map((l) => {
          const a = at.get(l.from);
          const b = at.get(l.to);
          if (!a || !b) return null;
          return (
            <path
              key={l.id}
              class={`ws-link ws-link-${l.kind}${fresh.has(l.synergyId) ? ' ws-fresh' : ''}`}
              d={curve({ x: a.x, y: a.y - font * 0.33 }, { x: b.x, y: b.y - font * 0.33 })}
            />
          );
        })}
        {/* Titles and names above the links, each with a halo: a link crossing them never hides them. */}
        {picture.boxes.map((b) => (
          <text key={b.id} x={b.x + 16} y={b.y + 16 + font * 0.95} style={{ fontSize: `${font * 0.8}px` }} class="ws-box-title">
            {b.name}
          </text>
        ))}
        {picture.nodes.map((n) => (
          <g key={n.id} class="ws-node">
            <circle cx={n.x} cy={n.y - font * 0.33} r={Math.max(6, font * 0.22)} />
            <text x={n.x + font * 0.5} y={n.y} style={{ fontSize: `${font}px` }}>
              {n.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
