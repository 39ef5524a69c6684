/**
 * The d3-zoom half of the map's zoom (zoom.ts loads it on the first sign that a reader may zoom or pan):
 * Ctrl/⌘ + wheel or a two-finger pinch zooms, dragging pans sideways, the page keeps the plain wheel.
 * Kept apart because d3-zoom and what it pulls in are nine tenths of the map's script.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { zoomsOnWheel } from './zoom-wheel.ts';

/** What zoom.ts drives once d3-zoom is in. */
export interface ZoomBehaviour {
  /** The current scale. */
  scale(): number;
  /** Pans the map across by `dx` screen pixels. */
  panBy(dx: number): void;
  /** Multiplies the scale by `factor`. */
  scaleBy(factor: number): void;
  /** Sets the scale, panned to the left edge. */
  scaleTo(k: number): void;
}

/** Attaches d3-zoom to `viewport`, transforming `canvas`; `fitHeight` is called after each change. */
export function attachZoom(viewport: HTMLElement, canvas: HTMLElement, fitHeight: () => void): ZoomBehaviour {
  const view = select(viewport);
  let kBefore = 1;
  const zoomer = zoom<HTMLElement, unknown>()
    .scaleExtent([0.1, 2.5])
    // The page scrolls up and down (y stays 0); across, the map pans within its own width.
    .constrain((transform) => {
      const room = viewport.clientWidth;
      const wide = canvas.scrollWidth * transform.k;
      const x = wide <= room ? 0 : Math.max(room - wide, Math.min(0, transform.x));
      return x === transform.x && transform.y === 0 ? transform : zoomIdentity.translate(x, 0).scale(transform.k);
    })
    .filter((event: Event) => {
      if (event.type === 'wheel') return zoomsOnWheel(event as WheelEvent);
      if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
      if (event.type === 'mousedown') {
        const target = event.target as HTMLElement;
        return (event as MouseEvent).button === 0 && !target.closest('a, [data-toggle], button');
      }
      return !(event as MouseEvent).button;
    })
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      kBefore = event.transform.k;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { x, k } = event.transform;
      // Whole pixels keep the text sharp on the composited layer.
      canvas.style.transform = `translate(${Math.round(x)}px, 0) scale(${k})`;
      fitHeight();
      // Zooming at the pointer: the page scrolls so the point under it stays there (the map's y is the page's).
      const source = event.sourceEvent as WheelEvent | TouchEvent | null;
      if (source && 'clientY' in source && k !== kBefore) {
        const top = viewport.getBoundingClientRect().top;
        const under = (source.clientY - top) / kBefore;
        window.scrollBy(0, under * (k - kBefore));
      }
      kBefore = k;
    });
  view.call(zoomer).on('dblclick.zoom', null);
  return {
    scale: () => zoomTransform(viewport).k,
    panBy: (dx) => zoomer.translateBy(view, dx / zoomTransform(viewport).k, 0),
    scaleBy: (factor) => zoomer.scaleBy(view, factor),
    scaleTo: (k) => zoomer.transform(view, zoomIdentity.scale(k)),
  };
}
