/**
 * Progressive enhancement for the claim notes. Without JavaScript, a CSS grid puts each paragraph's
 * folded notes in its row on wide screens, each claim's number links to its note, and `:target` shows a
 * linked note open. With it:
 * - on wide screens the notes float in the margin, and the note opened last (the anchor) sits level with
 *   its claim however many others are open: the others move out of its way, condensed when there is no
 *   room for them whole (`placeNotes`); notes are re-placed when one opens or closes or the page reflows,
 *   and the text never moves;
 * - clicking a claim's words (or its number) opens its note and moves focus into it, keeping the claim
 *   on screen (on phones the note is under the paragraph: the page scrolls only as far as the claim
 *   allows); the note's "Back to the text" link returns focus to the claim;
 * - a link to a claim (`#<claim>`, an old id renamed to it, or `#note-<claim>`) opens its note, on
 *   arrival and within the page, without adding to the history, so Back returns where the reader was.
 */
import { placeNotes } from './place-notes.ts';

const WIDE = window.matchMedia('(min-width: 72rem)');
const GAP_PX = 6;
/**
 * How much of a condensed note shows below its summary, in rem: about three lines of it, then one, fading;
 * at the tightest, none (its summary alone, as much room as a folded note takes), so that the anchor has
 * room beside its claim whenever it would with every other note folded, however many a reader has opened.
 */
const CONDENSED_REM = [4, 1.25, 0];
const body = document.querySelector<HTMLElement>('.essay-body');
/** The notes that float in the margin on wide screens, the essay's and the reader comments' (those in lists and quotations stay in the flow). */
const floating = [...document.querySelectorAll<HTMLDetailsElement>('.essay-body > .claim-notes > details.claim-note, .essay-body > .reader-comments > .reader-comment > .claim-notes > details.claim-note')];
const key = document.querySelector<HTMLDetailsElement>('.marks-key');
/** The note opened last: the one kept level with its claim. It stays the anchor when folded again, so closing it moves nothing. */
let anchor: HTMLDetailsElement | null = null;

const claimOf = (note: HTMLElement) => document.getElementById(note.dataset['noteFor'] ?? '');
const remPx = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
/** The space the sticky header takes at the top of the window (the page's own scroll-padding). */
const headerPx = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;

function layoutNotes(): void {
  if (!body) return;
  for (const note of floating) {
    note.classList.remove('claim-note--condensed', 'claim-note--summary-only');
    note.style.maxHeight = '';
  }
  if (!WIDE.matches) {
    body.classList.remove('notes-floating');
    body.style.minHeight = '';
    for (const note of floating) note.style.top = '';
    return;
  }
  // The min-height stays while measuring: dropping it could shorten the page and scroll the reader.
  body.classList.add('notes-floating');
  const origin = body.getBoundingClientRect().top;
  // The key sits in the margin beside the header: no note may start above its end.
  const floor = key ? Math.max(0, key.getBoundingClientRect().bottom - origin + GAP_PX) : 0;
  const rem = remPx();
  const summaries = floating.map((note) => note.querySelector('summary')?.offsetHeight ?? note.offsetHeight);
  const boxes = floating.map((note, index) => {
    const claim = claimOf(note);
    const height = note.offsetHeight;
    const summary = summaries[index]!;
    const steps = CONDENSED_REM.map((extra) => Math.round(summary + extra * rem)).filter((step) => step < height);
    return {
      want: claim ? claim.getBoundingClientRect().top - origin : 0,
      height,
      ...(note.open && note !== anchor && steps.length > 0 ? { condensed: steps } : {}),
    };
  });
  const plan = placeNotes(boxes, { anchor: anchor ? floating.indexOf(anchor) : -1, floor, gap: GAP_PX });
  plan.places.forEach((place, index) => {
    const note = floating[index]!;
    // CSSOM, not a style attribute in the HTML: allowed under the site's CSP.
    note.style.top = `${Math.round(place.top)}px`;
    if (place.height !== undefined) {
      note.classList.add('claim-note--condensed');
      // Cut at the end of its summary, nothing is cut mid-line: no fade.
      note.classList.toggle('claim-note--summary-only', place.height <= summaries[index]!);
      note.style.maxHeight = `${place.height}px`;
    }
  });
  body.style.minHeight = `${Math.ceil(plan.bottom)}px`;
}

/** Marks a note and its claim as the ones being read, and makes the note the anchor. */
function activate(note: HTMLDetailsElement): void {
  for (const element of document.querySelectorAll('.claim--active, .claim-note--active')) element.classList.remove('claim--active', 'claim-note--active');
  note.classList.add('claim-note--active');
  claimOf(note)?.classList.add('claim--active');
  anchor = note;
}

/**
 * Scrolls as little as shows the top of `note` (its summary beside the text on wide screens, where the
 * page keeps still if it can; up to half a screen of it under the paragraph on phones), never so far
 * that `claim` goes under the sticky header: a tapped claim stays whole in view. For a shared link
 * (`shared`) the note matters most: the claim may go as far as the middle of its last line, at the top.
 */
function reveal(note: HTMLElement, claim: HTMLElement | null, shared = false): void {
  const pad = headerPx();
  const box = note.getBoundingClientRect();
  const summary = note.querySelector('summary')?.offsetHeight ?? 0;
  const show = Math.min(box.height, WIDE.matches ? summary : Math.max(summary, window.innerHeight / 2));
  let delta = 0;
  if (box.top < pad) delta = box.top - pad;
  else if (box.top + show > window.innerHeight) delta = box.top + show - window.innerHeight + GAP_PX;
  if (delta > 0 && claim) {
    const rects = claim.getClientRects();
    // A shared link may take the claim up to the middle of its last line: at least that stays in view.
    const last = rects.length > 0 ? rects[rects.length - 1]! : undefined;
    const keep = shared && last ? last.top + last.height / 2 : claim.getBoundingClientRect().top;
    delta = Math.min(delta, Math.max(0, keep - pad));
  }
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' });
}

/** Opens a claim's note and makes it the one being read; `focus` moves focus into it (a click, a key). */
function openNote(id: string, focus: boolean): void {
  const note = document.getElementById(`note-${id}`) as HTMLDetailsElement | null;
  if (!note) return;
  activate(note);
  note.open = true;
  layoutNotes();
  if (focus) note.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
  reveal(note, claimOf(note));
}

/** The claim a fragment names: the claim itself, an old id renamed to it, or its note. */
function claimIdOf(hash: string): string | undefined {
  if (!hash || hash === '#') return undefined;
  let element: HTMLElement | null;
  try {
    element = document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return undefined;
  }
  if (!element || !body?.contains(element)) return undefined;
  if (element.matches('.claim[data-claim]')) return element.dataset['claim'];
  if (element.matches('.claim-alias')) return element.dataset['aliasOf'];
  if (element.matches('details.claim-note')) return element.dataset['noteFor'];
  return undefined;
}

if (body && document.querySelector('.essay-body details.claim-note')) {
  document.documentElement.classList.add('js-notes');
  // CSS shows the key on wide screens; say so to assistive technology too.
  if (key && WIDE.matches) key.open = true;
  layoutNotes();
  const linked = claimIdOf(window.location.hash);
  if (linked) {
    // A shared link to a claim opens its note: the reader sees what supports and rebuts it.
    const claim = document.getElementById(linked);
    const note = document.getElementById(`note-${linked}`) as HTMLDetailsElement | null;
    if (note) {
      activate(note);
      note.open = true;
      layoutNotes();
    }
    // The text moved when the notes left the grid: bring the claim back to the top, then its note into view.
    const settle = () => {
      claim?.scrollIntoView({ block: 'start' });
      if (note) reveal(note, claim, true);
      // Chromium repeats its own jump to the fragment while the page loads; a scroll margin on the claim
      // makes that jump land where the reveal put it (CSSOM, allowed under the CSP).
      if (claim) claim.style.scrollMarginTop = `${Math.round(claim.getBoundingClientRect().top - headerPx())}px`;
    };
    settle();
    // The browser's own jump to the fragment can come after this script, at load: settle again then,
    // unless the reader has scrolled since.
    if (document.readyState !== 'complete') {
      const at = window.scrollY;
      window.addEventListener('load', () => {
        if (Math.abs(window.scrollY - at) < 2 || Math.abs((claim?.getBoundingClientRect().top ?? 0) - headerPx()) < 2) settle();
      }, { once: true });
    }
  }
  WIDE.addEventListener('change', () => {
    if (key) key.open = WIDE.matches;
    layoutNotes();
  });
  // `toggle` does not bubble: listen in the capture phase. A note opened by its summary becomes the anchor.
  body.addEventListener('toggle', (event) => {
    const note = event.target as HTMLElement;
    if (note instanceof HTMLDetailsElement && note.matches('.claim-note') && note.open && note !== anchor) activate(note);
    layoutNotes();
  }, true);
  new ResizeObserver(layoutNotes).observe(body);
  void document.fonts?.ready.then(layoutNotes);
  // A link within the page to a claim (a relation in a note): open its note. Back fires this too.
  window.addEventListener('hashchange', () => {
    const id = claimIdOf(window.location.hash);
    if (id) openNote(id, false);
  });
  // Reaching into a condensed note (Tab, a click) makes it the one being read, shown whole beside its claim.
  body.addEventListener('focusin', (event) => {
    // Keyboard focus only: a press of the mouse must not move what is under it before the click lands.
    const target = event.target as Element;
    const note = target.closest<HTMLDetailsElement>('details.claim-note--condensed');
    if (!note || !target.matches(':focus-visible')) return;
    activate(note);
    layoutNotes();
    reveal(note, claimOf(note));
  });

  body.addEventListener('click', (event) => {
    const element = event.target as Element;
    const condensed = element.closest<HTMLDetailsElement>('details.claim-note--condensed');
    if (condensed && !element.closest('summary, a')) {
      activate(condensed);
      layoutNotes();
      reveal(condensed, claimOf(condensed));
      return;
    }
    const ref = element.closest<HTMLAnchorElement>('a.claim-ref');
    const back = element.closest<HTMLAnchorElement>('a.claim-note__back');
    if (back) {
      const id = back.closest<HTMLElement>('.claim-note')?.dataset['noteFor'];
      const claim = id ? document.getElementById(id) : null;
      if (!claim) return;
      event.preventDefault();
      history.replaceState(history.state, '', `#${id}`);
      claim.setAttribute('tabindex', '-1');
      claim.focus({ preventScroll: true });
      claim.scrollIntoView({ block: 'center' });
      return;
    }
    // Other links inside a claim (rare) keep their own meaning; so does selecting the claim's words.
    if (!ref && element.closest('a')) return;
    const claim = element.closest<HTMLElement>('.claim[data-claim]');
    if (!claim || (!ref && (window.getSelection()?.toString() ?? '') !== '')) return;
    event.preventDefault();
    openNote(claim.dataset['claim']!, true);
  });
}
