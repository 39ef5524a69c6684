import type { Claim } from '../../schemas/claim.ts';
import type { GraphEssay } from '../../schemas/graph.ts';
import type { Relation } from '../../schemas/relation.ts';
import { hierarchy } from 'd3-hierarchy';
import { claimLabel } from '../../words/claim-label.ts';
import { writtenBeforeInvasion } from '../../words/invasion.ts';
import { drawnEnd, type PictureModel } from './picture-model.ts';
import { routeLines, type RouteBox } from './route-lines.ts';
import { wrapLabel } from './wrap-label.ts';

/** The picture's measures, in CSS pixels at its full width. */
export interface PictureGeometry {
  /** Width of the whole picture. */
  width: number;
  /** Gap between two columns, where lines run. */
  gutter: number;
  /** How far reasons sit right of their thesis (the spine runs in this strip). */
  indent: number;
  /** Inner padding of a box. */
  pad: number;
  /** Font size of labels. */
  font: number;
  /** Line height of labels. */
  lineHeight: number;
  /** Font size and line height of the small lines (dates, "+N more"). */
  small: number;
  /** Gap between two rows of reasons. */
  rowGap: number;
  /** Space between two tracks of lines in a gutter. */
  pitch: number;
  /** Room right of the last column, for the lines between two of its own boxes. */
  margin: number;
}

/** The measures /map/ uses (map.css sizes the text to match). */
export const PICTURE_GEOMETRY: PictureGeometry = { width: 1200, gutter: 60, indent: 22, pad: 7, font: 13, lineHeight: 16, small: 12, rowGap: 12, pitch: 6, margin: 30 };

/** One box of the picture. */
export interface PictureBox {
  /** The claim's id (or the question's). */
  id: string;
  /** What the box is. */
  kind: 'question' | 'thesis' | 'reason';
  /** The claim; undefined for the question. */
  claim?: Claim;
  /** Its column; -1 for the question. */
  col: number;
  /** Its row under the thesis; -1 for a thesis or the question. */
  row: number;
  /** Left, top, width, height. */
  x: number; y: number; w: number; h: number;
  /** The label, wrapped: claimLabel's text. */
  lines: string[];
  /** True when the label is our title rather than the claim's words. */
  ours: boolean;
  /** True when it waits behind "+N more". */
  hidden: boolean;
  /** For a reason, its relation to the thesis. */
  relation?: Relation;
}

/** A line between two boxes. */
export interface PictureLine {
  /** The relation it draws. */
  relation: Relation;
  /** The box it starts from and the box it ends at (for an undercut, the claim whose relation it attacks). */
  from: string; to: string;
  /** SVG path data. */
  d: string;
  /** Where its name shows on hover and focus. */
  label: { x: number; y: number };
  /** True when its ends are in different essays. */
  cross: boolean;
  /** True when it crosses the invasion's divide: a clash across time. */
  acrossTime: boolean;
  /** Where it crosses the divide, if it does. */
  divideAt?: { x: number; y: number };
  /** True when an end waits behind "+N more". */
  hidden: boolean;
  /** Where it leaves its claim's box (a dot on the box's edge) and where its arrow's tip meets the other box's edge. */
  start: { x: number; y: number }; end: { x: number; y: number };
  /** Where the relation's symbol sits, circled, on the line just outside the box it ends at (clear of that column's spine). */
  badge: { x: number; y: number };
}

/** A reason's tree edge: a stub from the column's spine into the box, with its symbol on the spine. */
export interface PictureStub {
  /** The relation. */
  relation: Relation;
  /** The reason's id. */
  from: string;
  /** SVG path data. */
  d: string;
  /** Where the symbol sits. */
  at: { x: number; y: number };
  /** True when the reason waits behind "+N more". */
  hidden: boolean;
}

/** One essay's column. */
export interface PictureColumnView {
  /** The essay. */
  essay: GraphEssay;
  /** Left edge and width. */
  x: number; w: number;
  /** True when the essay was written before the invasion. */
  before: boolean;
  /** The spine: to the last shown reason, and on to the last one. */
  spine: { shown: string; rest: string };
  /** "+N more": where it sits and how many it opens. */
  more?: { x: number; y: number; w: number; h: number; count: number };
}

/** The laid-out picture. */
export interface PictureLayout {
  /** Measures used. */
  geometry: PictureGeometry;
  /** Height with every column folded, and with every reason shown. */
  height: number; fullHeight: number;
  /** The question's box, then theses and reasons column by column. */
  boxes: PictureBox[];
  /** The columns. */
  columns: PictureColumnView[];
  /** Tree edges. */
  stubs: PictureStub[];
  /** Every other relation between drawn boxes. */
  lines: PictureLine[];
  /** The invasion's divide, between the last column before it and the first after; undefined when no column is before. */
  divide?: { x: number; y1: number; y2: number; fullY2: number };
}

/** Height of a box holding `lines` label lines and `extra` small lines. */
const boxHeight = (g: PictureGeometry, lines: number, extra = 0) => 2 * g.pad + lines * g.lineHeight + extra * (g.small + 4);

/**
 * Lays the picture out: the question across the top; a column per essay, oldest first, its thesis on top
 * and its direct reasons under it as d3-hierarchy orders a one-level tree, in rows shared by every column
 * (so the gaps between rows run straight across, for lines between columns that are not neighbours);
 * the lines routed through the gutters (route-lines.ts). Every box is sized to its wrapped label, so no
 * text is cut and no box overlaps another. Pure.
 */
export function layoutPicture(model: PictureModel, g: PictureGeometry = PICTURE_GEOMETRY): PictureLayout {
  const n = Math.max(1, model.columns.length);
  const colW = (g.width - g.margin - (n - 1) * g.gutter) / n;
  const colX = model.columns.map((_, index) => Math.round(index * (colW + g.gutter)));
  const inner = (w: number) => w - 2 * g.pad;
  const questionLines = wrapLabel(model.question.text, Math.min(g.width, 760) - 2 * g.pad, g.font + 3, true);
  const question: PictureBox = {
    id: model.question.id, kind: 'question', col: -1, row: -1, lines: questionLines, ours: true, hidden: false,
    w: Math.min(g.width, 760), h: 2 * g.pad + questionLines.length * (g.lineHeight + 3), x: Math.round((g.width - Math.min(g.width, 760)) / 2), y: 0,
  };
  const thesisTop = question.h + 30;
  const theses = model.columns.map((column, col) => {
    const label = claimLabel(column.thesis);
    const lines = wrapLabel(label.text, inner(colW), g.font, true);
    // Two small lines above the label: who and when, then the stance (and "before the invasion").
    return { id: column.thesis.id, kind: 'thesis', claim: column.thesis, col, row: -1, lines, ours: label.ours, hidden: false, x: colX[col]!, y: thesisTop, w: Math.round(colW), h: boxHeight(g, lines.length, 3) } satisfies PictureBox;
  });
  const reasonTop = thesisTop + Math.max(...theses.map((box) => box.h), 0) + 16;
  const reasonW = Math.round(colW - g.indent);
  // d3-hierarchy gives each column's tree in order (the thesis, then its reasons as the model ranked them).
  const grids = model.columns.map((column) => hierarchy({ id: column.thesis.id, children: column.reasons.map((reason) => ({ id: reason.claim.id, children: [] })) }).children ?? []);
  const rows = Math.max(0, ...grids.map((children) => children.length));
  const reasonLines = model.columns.map((column) => column.reasons.map((reason) => {
    const label = claimLabel(reason.claim);
    return { label, lines: wrapLabel(label.text, inner(reasonW) - 14, g.font) };
  }));
  const rowH = Array.from({ length: rows }, (_, row) => Math.max(...reasonLines.map((list) => (list[row] ? boxHeight(g, list[row].lines.length) : 0))));
  const rowY: number[] = [];
  for (let row = 0, y = reasonTop; row <= rows; row += 1) {
    rowY.push(y);
    y += (rowH[row] ?? 0) + g.rowGap;
  }
  const boxes: PictureBox[] = [question, ...theses];
  const stubs: PictureStub[] = [];
  const columns: PictureColumnView[] = model.columns.map((column, col) => {
    const x = colX[col]!;
    const spineX = x + Math.round(g.indent / 2);
    const thesisBottom = thesisTop + theses[col]!.h;
    let shownEnd = thesisBottom;
    let lastEnd = thesisBottom;
    column.reasons.forEach((reason, row) => {
      const { label, lines } = reasonLines[col]![row]!;
      const box: PictureBox = { id: reason.claim.id, kind: 'reason', claim: reason.claim, col, row, x: x + g.indent, y: rowY[row]!, w: reasonW, h: boxHeight(g, lines.length), lines, ours: label.ours, hidden: row >= column.shown, relation: reason.relation };
      boxes.push(box);
      const y = box.y + g.pad + g.lineHeight / 2 + 1;
      stubs.push({ relation: reason.relation, from: box.id, d: `M${spineX},${y}H${box.x}`, at: { x: spineX, y }, hidden: box.hidden });
      if (!box.hidden) shownEnd = y;
      lastEnd = y;
    });
    const hiddenCount = column.reasons.length - column.shown;
    const more = hiddenCount > 0 ? { x: x + g.indent, y: rowY[column.shown]!, w: reasonW, h: g.small + 2 * g.pad, count: hiddenCount } : undefined;
    return {
      essay: column.essay, x, w: Math.round(colW), before: writtenBeforeInvasion(column.essay),
      spine: { shown: shownEnd > thesisBottom ? `M${spineX},${thesisBottom}V${shownEnd}` : '', rest: lastEnd > shownEnd ? `M${spineX},${shownEnd}V${lastEnd}` : '' },
      ...(more ? { more } : {}),
    };
  });
  const { lines, divideX } = layoutLines(model, g, { boxes, columns, colX, colW, rowY, reasonTop });
  const bottom = (shown: boolean) => Math.max(thesisTop + Math.max(...theses.map((box) => box.h)), ...boxes.filter((box) => !shown || !box.hidden).map((box) => box.y + box.h), ...(shown ? columns.flatMap((column) => (column.more ? [column.more.y + column.more.h] : [])) : [])) + 8;
  return {
    geometry: g, height: bottom(true), fullHeight: bottom(false), boxes, columns, stubs, lines,
    ...(divideX !== undefined ? { divide: { x: divideX, y1: question.h + 8, y2: bottom(true), fullY2: bottom(false) } } : {}),
  };
}

/** Where the divide falls and every line between drawn boxes, routed (see `layoutPicture`). */
function layoutLines(model: PictureModel, g: PictureGeometry, frame: { boxes: PictureBox[]; columns: PictureColumnView[]; colX: number[]; colW: number; rowY: number[]; reasonTop: number }): { lines: PictureLine[]; divideX: number | undefined } {
  const { boxes, columns, colX, colW, rowY, reasonTop } = frame;
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const relations = new Map(model.lines.map((relation) => [relation.id, relation]));
  for (const column of model.columns) for (const reason of column.reasons) relations.set(reason.relation.id, reason.relation);
  const channels = [reasonTop - 8, ...rowY.slice(1).map((y) => y - g.rowGap / 2)];
  const lastBefore = columns.findLastIndex((column) => column.before);
  const divideX = lastBefore >= 0 && lastBefore < columns.length - 1 ? Math.round(colX[lastBefore]! + colW + g.gutter / 2) : undefined;
  const requests = model.lines.map((relation) => ({ id: relation.id, from: byId.get(relation.from)! as RouteBox, to: byId.get(drawnEnd(relation, relations)!)! as RouteBox }));
  const routes = routeLines(requests, { colX, colW, gutter: g.gutter, channels, pitch: g.pitch, ...(divideX !== undefined ? { avoidX: divideX } : {}) });
  const lines: PictureLine[] = model.lines.map((relation) => {
    const [from, to] = [byId.get(relation.from)!, byId.get(drawnEnd(relation, relations)!)!];
    const route = routes.get(relation.id)!;
    const acrossTime = divideX !== undefined && (from.col <= lastBefore) !== (to.col <= lastBefore);
    const crossing = acrossTime ? route.points.findIndex((point, index) => index > 0 && (route.points[index - 1]![0] - divideX!) * (point[0] - divideX!) <= 0 && point[1] === route.points[index - 1]![1]) : -1;
    return {
      relation, from: from.id, to: to.id, d: route.d, label: route.label, cross: from.claim?.essay !== to.claim?.essay, acrossTime,
      ...(crossing > 0 ? { divideAt: { x: divideX!, y: route.points[crossing]![1] } } : {}),
      hidden: from.hidden || to.hidden,
      ...lineEnds(route.points, to, g),
    };
  });
  return { lines, divideX };
}

/** The distance from a line's end to the centre of its symbol: past the arrowhead, or past the spine beside a reason. */
const BADGE_BACK = 19;

/**
 * A line's two ends as the reader sees them (issue 22's cold look could not tell which box a line hits):
 * it starts at a dot on its own box's edge and ends with its arrow's tip on the other box's edge, its
 * symbol circled on its last run, just outside that box. A line that comes into a reason from the left
 * crosses the column's spine, so its symbol sits left of the spine, where no tree symbol is. Pure.
 */
export function lineEnds(points: readonly [number, number][], to: Pick<PictureBox, 'kind' | 'x'>, g: Pick<PictureGeometry, 'indent'> = PICTURE_GEOMETRY): Pick<PictureLine, 'start' | 'end' | 'badge'> {
  const [first, last, before] = [points[0]!, points[points.length - 1]!, points[points.length - 2]!];
  const run = last[0] - before[0];
  const fromLeft = run > 0 && last[0] === to.x;
  const back = Math.min(Math.abs(run) - 4, fromLeft && to.kind === 'reason' ? g.indent + BADGE_BACK : BADGE_BACK);
  return {
    start: { x: first[0], y: first[1] },
    end: { x: last[0], y: last[1] },
    badge: { x: Math.round(last[0] - Math.sign(run) * Math.max(back, 8)), y: last[1] },
  };
}
