/**
 * Zoom and sideways pan of the map, as embedded maps do it: the page keeps the wheel (a plain wheel
 * scrolls the page, and a hint says how to zoom); Ctrl/⌘ + wheel or a two-finger pinch zooms; dragging
 * pans sideways. The map never scrolls inside a box: the box is as tall as the zoomed map, so up and
 * down are the page's, and the map only pans across.
 *
 * d3-zoom (zoom-behaviour.ts) is fetched on the first sign that a reader may zoom or pan (the pointer
 * over the map, a touch, focus in it, a zoom button), not with the page: it is nine tenths of the
 * map's script, and a reader who only reads never needs it. A Ctrl + wheel that comes before it is in
 * is held and replayed, and a pinch begun before it is handed the fingers still down.
 */
import type { ZoomBehaviour } from './zoom-behaviour.ts';
import { zoomsOnWheel } from './zoom-wheel.ts';

/** The canvas's padding in map.css. */
const PADDING = 12;
/** Distance kept between a focused box and the window's edge. */
const MARGIN = 12;

/** The map's zoom. */
export interface MapZoom {
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

/** How much of `box` lies left or right of `frame` (less the margin): the pan across that brings it in. */
function panToShow(box: DOMRect, frame: DOMRect): number {
  if (box.left < frame.left + MARGIN) return frame.left + MARGIN - box.left;
  if (box.right > frame.right - MARGIN) return Math.max(frame.right - MARGIN - box.right, frame.left + MARGIN - box.left);
  return 0;
}

/** Sets up zoom on `viewport`, transforming `canvas`; `hint` is shown when a plain wheel passes over. */
export function mapZoom(viewport: HTMLElement, canvas: HTMLElement, hint: HTMLElement | null): MapZoom {
  let behaviour: ZoomBehaviour | undefined;
  let loading: Promise<ZoomBehaviour> | undefined;
  const held: WheelEvent[] = [];
  const load = (): Promise<ZoomBehaviour> => {
    loading ??= import('./zoom-behaviour.ts').then(({ attachZoom }) => {
      behaviour = attachZoom(viewport, canvas, fitHeight);
      viewport.removeEventListener('wheel', holdWheel);
      viewport.dataset.zoom = 'ready';
      // d3-zoom reads the wheel from the event alone: a copy of each held one zooms as the original would have.
      for (const event of held.splice(0)) viewport.dispatchEvent(new WheelEvent('wheel', event));
      // A pinch begun before d3-zoom came: hand it the fingers still down, and the moves that follow go on with them.
      if (touch && touch.touches.length > 0 && typeof TouchEvent === 'function') {
        const { touches, targetTouches, changedTouches } = touch;
        viewport.dispatchEvent(new TouchEvent('touchstart', { touches: [...touches], targetTouches: [...targetTouches], changedTouches: [...changedTouches], bubbles: true, cancelable: true }));
      }
      touch = undefined;
      return behaviour;
    }).catch((cause: unknown) => {
      // Offline, say: the map still reads and scrolls; the next sign of zooming tries again.
      loading = undefined;
      throw cause;
    });
    return loading;
  };
  const tryLoad = (): void => void load().catch(() => undefined);
  // Until d3-zoom is in, a zooming wheel is kept from the browser's own page zoom and held for it.
  function holdWheel(event: WheelEvent): void {
    if (!zoomsOnWheel(event)) return;
    event.preventDefault();
    held.push(event);
    tryLoad();
  }
  viewport.addEventListener('wheel', holdWheel, { passive: false });
  // The last touch that began before d3-zoom was in, while a finger is still down.
  let touch: TouchEvent | undefined;
  const holdTouch = (event: TouchEvent) => {
    if (behaviour) return;
    touch = event;
    tryLoad();
  };
  viewport.addEventListener('touchstart', holdTouch, { passive: true });
  viewport.addEventListener('touchend', (event) => (touch = event.touches.length > 0 ? touch : undefined), { passive: true });
  for (const intent of ['pointerover', 'focusin'] as const) viewport.addEventListener(intent, tryLoad, { once: true, passive: true });

  wheelHint(viewport, hint);

  function fitHeight(): void {
    viewport.style.height = `${Math.ceil(canvas.offsetHeight * (behaviour?.scale() ?? 1))}px`;
  }
  function reveal(element: HTMLElement): void {
    // Across: pan the map so the box's left edge (and as much of it as fits) is inside the viewport.
    const dx = panToShow(element.getBoundingClientRect(), viewport.getBoundingClientRect());
    if (dx && behaviour) behaviour.panBy(dx);
    else if (dx) void load().then((loaded) => loaded.panBy(panToShow(element.getBoundingClientRect(), viewport.getBoundingClientRect())), () => undefined);
    scrollToShow(element);
  }
  function button(action: string): void {
    load().then((loaded) => {
      if (action === 'in') loaded.scaleBy(1.25);
      if (action === 'out') loaded.scaleBy(0.8);
      if (action === 'reset') loaded.scaleTo(1);
      if (action === 'fit') {
        const k = Math.min(1, viewport.clientWidth / (canvas.scrollWidth || 1), (window.innerHeight - 4 * PADDING) / (canvas.offsetHeight || 1));
        loaded.scaleTo(Math.max(0.1, k));
        viewport.scrollIntoView({ block: 'start' });
      }
    }, () => {
      const status = document.getElementById('map-status');
      if (status) status.textContent = 'Zoom could not be loaded: check the connection and try again.';
    });
  }
  return { fitHeight, reveal, button };
}

/** A plain wheel over the map scrolls the page and says, for a moment, how to zoom. */
function wheelHint(viewport: HTMLElement, hint: HTMLElement | null): void {
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  viewport.addEventListener('wheel', (event) => {
    if (zoomsOnWheel(event) || !hint) return;
    hint.classList.add('is-shown');
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => hint.classList.remove('is-shown'), 1500);
  }, { passive: true });
}

/** Up and down: the page scrolls to show the element, keeping clear of a header that stays at the top. */
function scrollToShow(element: HTMLElement): void {
  const after = element.getBoundingClientRect();
  const height = window.innerHeight - bottomInset();
  const top = topInset() + MARGIN;
  if (after.top < top) window.scrollBy(0, after.top - top);
  else if (after.bottom > height - MARGIN) window.scrollBy(0, Math.min(after.bottom - height + MARGIN, after.top - top));
}
