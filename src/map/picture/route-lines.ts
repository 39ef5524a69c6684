/**
 * Routes the picture's lines between boxes laid out in columns, orthogonally: out of a box's side into
 * the gutter between two columns, along a track of that gutter, and, when the columns are not
 * neighbours, across the columns between through the gap between two rows. Tracks are shared by lines
 * whose runs do not overlap (interval colouring), and a box side's ports are spread so lines do not
 * leave from one point. Hand-written: elkjs routes orthogonally too, but only for its own placement,
 * and its layered placement cannot keep an essay's reasons in a readable column (see layout-picture.ts).
 */

/** A box, as routing sees it. */
export interface RouteBox {
  /** Left edge. */
  x: number;
  /** Top edge. */
  y: number;
  /** Width. */
  w: number;
  /** Height. */
  h: number;
  /** Its column. */
  col: number;
  /** Its row; -1 for a thesis. */
  row: number;
}

/** The geometry routing needs. */
export interface RouteFrame {
  /** Left edge of each column. */
  colX: number[];
  /** Width of a column. */
  colW: number;
  /** The gap between two columns. */
  gutter: number;
  /** The y of the middle of each gap between rows, top to bottom (the first is under the theses). */
  channels: number[];
  /** An x no track may take (the invasion's divide), or undefined. */
  avoidX?: number;
  /** Space between two tracks. */
  pitch: number;
}

/** One line to route, from one box to another. */
export interface RouteRequest {
  /** The line's id. */
  id: string;
  /** Where it starts. */
  from: RouteBox;
  /** Where it ends (its marker). */
  to: RouteBox;
}

/** A routed line. */
export interface Route {
  /** SVG path data, from start to end. */
  d: string;
  /** Where its name is shown on hover and focus. */
  label: { x: number; y: number };
  /** The points of the polyline, start to end. */
  points: [number, number][];
}

type Side = 'left' | 'right';
interface Plan { id: string; left: RouteBox; right: RouteBox; reversed: boolean; outSide: Side; inSide: Side; gutters: number[]; }

/** Which gutter (0 = between columns 0 and 1) a line uses at each end, and which box sides. */
function plan(request: RouteRequest): Plan {
  const { from, to } = request;
  const reversed = from.col > to.col || (from.col === to.col && from.y > to.y);
  const [left, right] = reversed ? [to, from] : [from, to];
  if (left.col === right.col) {
    // Within one column: out of a side and back in, through the gutter on its right (its left, for the last column).
    // The last column's gutter is the margin on the right of the picture (RouteFrame.colX has a slot for it).
    return { id: request.id, left, right, reversed, outSide: 'right', inSide: 'right', gutters: [left.col] };
  }
  return { id: request.id, left, right, reversed, outSide: 'right', inSide: 'left', gutters: right.col - left.col === 1 ? [left.col] : [left.col, right.col - 1] };
}

/** Spreads ports along each box side, ordered by the y of the line's other end, so lines leave without crossing. */
function ports(plans: Plan[]): Map<string, [number, number]> {
  const sides = new Map<string, { plan: Plan; end: 'left' | 'right'; other: number }[]>();
  const key = (box: RouteBox, side: Side) => `${box.x},${box.y},${side}`;
  for (const p of plans) {
    for (const [end, box, side, other] of [['left', p.left, p.outSide, p.right], ['right', p.right, p.inSide, p.left]] as const) {
      const list = sides.get(key(box, side)) ?? [];
      list.push({ plan: p, end, other: other.y + other.h / 2 });
      sides.set(key(box, side), list);
    }
  }
  const ys = new Map<string, [number, number]>();
  for (const list of sides.values()) {
    list.sort((a, b) => a.other - b.other);
    list.forEach((item, index) => {
      const box = item.end === 'left' ? item.plan.left : item.plan.right;
      const [top, bottom] = [box.y + 8, box.y + box.h - 8];
      const y = list.length === 1 ? (top + bottom) / 2 : top + ((bottom - top) * index) / (list.length - 1);
      const pair = ys.get(item.plan.id) ?? [0, 0];
      pair[item.end === 'left' ? 0 : 1] = Math.round(y);
      ys.set(item.plan.id, pair);
    });
  }
  return ys;
}

/** Gives each run a track: the first whose runs it does not overlap. Returns the track index per run. */
export function assignTracks(runs: readonly { key: string; from: number; to: number }[], margin = 6): Map<string, number> {
  const tracks: { from: number; to: number }[][] = [];
  const result = new Map<string, number>();
  const sorted = [...runs].sort((a, b) => (a.to - a.from) - (b.to - b.from) || a.from - b.from);
  for (const run of sorted) {
    const [lo, hi] = [Math.min(run.from, run.to), Math.max(run.from, run.to)];
    let index = tracks.findIndex((track) => track.every((taken) => hi + margin < taken.from || lo - margin > taken.to));
    if (index === -1) index = tracks.push([]) - 1;
    tracks[index]!.push({ from: lo, to: hi });
    result.set(run.key, index);
  }
  return result;
}

/** The x of track `index` in a gutter: from its middle outwards, never on `avoid`. */
function trackX(centre: number, index: number, pitch: number, avoid: boolean): number {
  const step = avoid ? index + 1 : index;
  const offset = Math.ceil(step / 2) * pitch * (step % 2 === 1 ? -1 : 1);
  return centre + offset;
}

/** Rounds the corners of an orthogonal polyline into SVG path data. */
export function roundedPath(all: readonly [number, number][], radius = 5): string {
  // Repeated points (a line whose two ports are level) would make corners of no length.
  const points = all.filter((point, index) => index === 0 || point[0] !== all[index - 1]![0] || point[1] !== all[index - 1]![1]);
  let d = `M${points[0]![0]},${points[0]![1]}`;
  for (let index = 1; index < points.length; index += 1) {
    const [x, y] = points[index]!;
    const next = points[index + 1];
    if (!next) {
      d += `L${x},${y}`;
      break;
    }
    const [px, py] = points[index - 1]!;
    const r = Math.min(radius, Math.hypot(x - px, y - py) / 2, Math.hypot(next[0] - x, next[1] - y) / 2);
    const [ax, ay] = [x - Math.sign(x - px) * r, y - Math.sign(y - py) * r];
    const [bx, by] = [x + Math.sign(next[0] - x) * r, y + Math.sign(next[1] - y) * r];
    d += `L${ax},${ay}Q${x},${y} ${bx},${by}`;
  }
  return d;
}

/** Routes every request (see the file's note). Pure. */
export function routeLines(requests: readonly RouteRequest[], frame: RouteFrame): Map<string, Route> {
  const plans = requests.map(plan);
  const portYs = ports(plans);
  // The gutter right of the last column is the margin: its lines keep close to the column.
  const gutterCentre = (g: number) => frame.colX[g]! + frame.colW + (g === frame.colX.length - 1 ? Math.min(frame.gutter / 2, 12) : frame.gutter / 2);
  const channelOf = (a: number, b: number): number => {
    const mid = (a + b) / 2;
    return frame.channels.reduce((best, y) => (Math.abs(y - mid) < Math.abs(best - mid) ? y : best), frame.channels[0] ?? mid);
  };
  // Runs along gutters (vertical) and channels (horizontal), to share out tracks.
  const vertical = new Map<number, { key: string; from: number; to: number }[]>();
  const horizontal = new Map<number, { key: string; from: number; to: number }[]>();
  const shape = new Map<string, { ys: [number, number]; channel?: number }>();
  for (const p of plans) {
    const ys = portYs.get(p.id)!;
    const add = <K>(map: Map<K, { key: string; from: number; to: number }[]>, at: K, run: { key: string; from: number; to: number }) => map.set(at, [...(map.get(at) ?? []), run]);
    if (p.gutters.length === 1) {
      add(vertical, p.gutters[0]!, { key: `${p.id}#0`, from: ys[0], to: ys[1] });
      shape.set(p.id, { ys });
    } else {
      const channel = channelOf(ys[0], ys[1]);
      add(vertical, p.gutters[0]!, { key: `${p.id}#0`, from: ys[0], to: channel });
      add(vertical, p.gutters[1]!, { key: `${p.id}#1`, from: channel, to: ys[1] });
      add(horizontal, channel, { key: `${p.id}#h`, from: gutterCentre(p.gutters[0]!), to: gutterCentre(p.gutters[1]!) });
      shape.set(p.id, { ys, channel });
    }
  }
  const tracks = new Map<string, number>();
  for (const [, runs] of vertical) for (const [key, index] of assignTracks(runs)) tracks.set(key, index);
  const lanes = new Map<string, number>();
  for (const [, runs] of horizontal) for (const [key, index] of assignTracks(runs, 4)) lanes.set(key, index);
  const routes = new Map<string, Route>();
  for (const p of plans) {
    const { ys, channel } = shape.get(p.id)!;
    const xOf = (g: number, part: number) => {
      const centre = gutterCentre(g);
      return trackX(centre, tracks.get(`${p.id}#${part}`)!, frame.pitch, frame.avoidX !== undefined && Math.abs(centre - frame.avoidX) < 1);
    };
    const start: [number, number] = p.outSide === 'right' ? [p.left.x + p.left.w, ys[0]] : [p.left.x, ys[0]];
    const end: [number, number] = p.inSide === 'left' ? [p.right.x, ys[1]] : [p.right.x + p.right.w, ys[1]];
    let points: [number, number][];
    if (channel === undefined) {
      const x = xOf(p.gutters[0]!, 0);
      points = [start, [x, ys[0]], [x, ys[1]], end];
    } else {
      const lane = lanes.get(`${p.id}#h`)!;
      const y = channel + Math.ceil(lane / 2) * 3 * (lane % 2 === 1 ? -1 : 1);
      const [x1, x2] = [xOf(p.gutters[0]!, 0), xOf(p.gutters[1]!, 1)];
      points = [start, [x1, ys[0]], [x1, y], [x2, y], [x2, ys[1]], end];
    }
    if (p.reversed) points.reverse();
    // The name shows beside the longest run.
    let best = 0;
    for (let index = 1; index < points.length - 1; index += 1) {
      const length = Math.hypot(points[index + 1]![0] - points[index]![0], points[index + 1]![1] - points[index]![1]);
      if (length > Math.hypot(points[best + 1]![0] - points[best]![0], points[best + 1]![1] - points[best]![1])) best = index;
    }
    const [a, b] = [points[best]!, points[best + 1]!];
    routes.set(p.id, { d: roundedPath(points), points, label: { x: Math.round((a[0] + b[0]) / 2), y: Math.round((a[1] + b[1]) / 2) } });
  }
  return routes;
}
