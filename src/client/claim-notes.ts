/**
 * Progressive enhancement for the margin notes. Without JavaScript, a CSS grid puts each paragraph's
 * notes beside it on wide screens (a long note leaves a gap under its paragraph) and CSS shows every
 * note's content. With it, on wide screens:
 * - the notes are opened (and each summary becomes a working toggle again), closed on phones;
 * - the notes are stacked in the margin next to their paragraph, each pushed down only as far as the
 *   one above it needs, so the text runs on without gaps.
 */
const WIDE = window.matchMedia('(min-width: 72rem)');
const GAP_PX = 12;
const body = document.querySelector<HTMLElement>('.essay-body');
const notes = [...document.querySelectorAll<HTMLElement>('.essay-body > .claim-notes')];
const details = [...document.querySelectorAll<HTMLDetailsElement>('.essay-body > .claim-notes > details.claim-note')];

function layout(): void {
  if (!body) return;
  if (!WIDE.matches) {
    body.classList.remove('notes-floating');
    body.style.minHeight = '';
    for (const note of notes) note.style.top = '';
    return;
  }
  body.classList.add('notes-floating');
  let bottom = 0;
  for (const note of notes) {
    const paragraph = note.previousElementSibling as HTMLElement | null;
    const top = Math.max(paragraph?.offsetTop ?? 0, bottom);
    // CSSOM, not a style attribute in the HTML: allowed under the site's CSP.
    note.style.top = `${top}px`;
    bottom = top + note.offsetHeight + GAP_PX;
  }
  body.style.minHeight = `${bottom}px`;
}

function openForWidth(): void {
  for (const note of details) note.open = WIDE.matches;
}

if (body && notes.length > 0) {
  document.documentElement.classList.add('js-notes');
  openForWidth();
  layout();
  // The text moved up when the gaps closed: bring a linked claim back into view.
  const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  if (target && WIDE.matches) target.scrollIntoView({ block: 'start' });
  WIDE.addEventListener('change', () => {
    openForWidth();
    layout();
  });
  // `toggle` does not bubble: listen in the capture phase.
  body.addEventListener('toggle', layout, true);
  new ResizeObserver(layout).observe(body);
  void document.fonts?.ready.then(layout);
}
