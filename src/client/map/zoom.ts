/**
 * Zoom and sideways pan of the map (d3-zoom), as embedded maps do it: the page keeps the wheel (a plain
 * wheel scrolls the page, and a hint says how to zoom); Ctrl/⌘ + wheel or a two-finger pinch zooms;
 * dragging pans sideways. The map never scrolls inside a box: the box is as tall as the zoomed map, so
 * up and down are the page's, and the map only pans across.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';

/** The canvas's padding in map.css. */
const PADDING = 12;
/** Distance kept between a focused box and the window's edge. */
const MARGIN = 12;

/** The map's zoom. */
export interface MapZoom {
  /** The current transform. */
  transform(): ZoomTransform;
  /** Fits the box height to the zoomed map (after the map's height changed). */
  fitHeight(): void;
  /** Brings an element of the map into view: pans the map across, scrolls the page up or down. */
  reveal(element: HTMLElement): void;
  /** Zoom buttons: in, out, fit, reset. */
  button(action: string): void;
}

/** The bottom of a sticky or fixed site header, which covers the top of the window. */
function topInset(): number {
  const header = document.querySelector<HTMLElement>('.site-header');
  if (!header) return 0;
  const position = getComputedStyle(header).position;
  return position === 'sticky' || position === 'fixed' ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
}

/** The height of the focus pane where it sits at the bottom of the window (a phone), which covers the map there. */
function bottomInset(): number {
  const pane = document.getElementById('map-focus');
  if (!pane || getComputedStyle(pane).position !== 'sticky' || getComputedStyle(pane).bottom === 'auto') return 0;
  const rect = pane.getBoundingClientRect();
  return rect.bottom >= window.innerHeight - 1 ? rect.height : 0;
}

/** True when a wheel event asks to zoom (Ctrl, or ⌘ on a Mac; a trackpad pinch arrives as Ctrl + wheel). */
export const zoomsOnWheel = (event: WheelEvent): boolean => event.ctrlKey || event.metaKey;

/** Sets up zoom on `viewport`, transforming `canvas`; `hint` is shown when a plain wheel passes over. */
export function mapZoom(viewport: HTMLElement, canvas: HTMLElement, hint: HTMLElement | null): MapZoom {
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

  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  viewport.addEventListener('wheel', (event) => {
    if (zoomsOnWheel(event) || !hint) return;
    hint.classList.add('is-shown');
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => hint.classList.remove('is-shown'), 1500);
  }, { passive: true });

  const transform = () => zoomTransform(viewport);
  function fitHeight(): void {
    viewport.style.height = `${Math.ceil(canvas.offsetHeight * transform().k)}px`;
  }
  function reveal(element: HTMLElement): void {
    const t = transform();
    const box = element.getBoundingClientRect();
    const frame = viewport.getBoundingClientRect();
    // Across: pan the map so the box's left edge (and as much of it as fits) is inside the viewport.
    let dx = 0;
    if (box.left < frame.left + MARGIN) dx = frame.left + MARGIN - box.left;
    else if (box.right > frame.right - MARGIN) dx = Math.max(frame.right - MARGIN - box.right, frame.left + MARGIN - box.left);
    if (dx) zoomer.translateBy(view, dx / t.k, 0);
    // Up and down: the page scrolls, keeping clear of a header that stays at the top.
    const after = element.getBoundingClientRect();
    const height = window.innerHeight - bottomInset();
    const top = topInset() + MARGIN;
    if (after.top < top) window.scrollBy(0, after.top - top);
    else if (after.bottom > height - MARGIN) window.scrollBy(0, Math.min(after.bottom - height + MARGIN, after.top - top));
  }
  function button(action: string): void {
    if (action === 'in') zoomer.scaleBy(view, 1.25);
    if (action === 'out') zoomer.scaleBy(view, 0.8);
    if (action === 'reset') zoomer.transform(view, zoomIdentity);
    if (action === 'fit') {
      const k = Math.min(1, viewport.clientWidth / (canvas.scrollWidth || 1), (window.innerHeight - 4 * PADDING) / (canvas.offsetHeight || 1));
      zoomer.transform(view, zoomIdentity.scale(Math.max(0.1, k)));
      viewport.scrollIntoView({ block: 'start' });
    }
  }
  return { transform, fitHeight, reveal, button };
}
