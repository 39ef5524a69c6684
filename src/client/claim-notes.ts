/**
 * Progressive enhancement for the claim notes. Without JavaScript, a CSS grid puts each paragraph's
 * folded notes in its row on wide screens, each claim's number links to its note, and the key to the
 * marks shows in the margin on wide screens. With it:
 * - on wide screens each note is placed level with its own claim, pushed down only as far as the note
 *   above it needs (`layoutNotes`), and re-placed when a note opens or the page reflows;
 * - clicking a claim's words (or its number) opens its note and moves focus into it; the note's
 *   "Back to the text" link returns focus to the claim.
 */
const WIDE = window.matchMedia('(min-width: 72rem)');
const GAP_PX = 6;
const body = document.querySelector<HTMLElement>('.essay-body');
const notes = [...document.querySelectorAll<HTMLDetailsElement>('.essay-body > .claim-notes > details.claim-note')];
const key = document.querySelector<HTMLDetailsElement>('.marks-key');

/** Top of `element` relative to `ancestor`, in CSS pixels. */
function topWithin(element: HTMLElement, ancestor: HTMLElement): number {
  return element.getBoundingClientRect().top - ancestor.getBoundingClientRect().top;
}

function layoutNotes(): void {
  if (!body) return;
  if (!WIDE.matches) {
    body.classList.remove('notes-floating');
    body.style.minHeight = '';
    for (const note of notes) note.style.top = '';
    return;
  }
  body.classList.add('notes-floating');
  body.style.minHeight = '';
  // The key sits in the margin beside the header: no note may start above its end.
  let bottom = key ? Math.max(0, key.getBoundingClientRect().bottom - body.getBoundingClientRect().top + GAP_PX) : 0;
  for (const note of notes) {
    const claim = document.getElementById(note.dataset['noteFor'] ?? '');
    const top = Math.max(claim ? topWithin(claim, body) : bottom, bottom);
    // CSSOM, not a style attribute in the HTML: allowed under the site's CSP.
    note.style.top = `${Math.round(top)}px`;
    bottom = top + note.offsetHeight + GAP_PX;
  }
  body.style.minHeight = `${Math.ceil(bottom)}px`;
}

/** Opens a claim's note, marks it and its claim, and moves focus into it. */
function openNote(id: string): void {
  const note = document.getElementById(`note-${id}`) as HTMLDetailsElement | null;
  const claim = document.getElementById(id);
  if (!note) return;
  for (const element of document.querySelectorAll('.claim--active, .claim-note--active')) element.classList.remove('claim--active', 'claim-note--active');
  note.open = true;
  note.classList.add('claim-note--active');
  claim?.classList.add('claim--active');
  layoutNotes();
  const summary = note.querySelector<HTMLElement>('summary');
  summary?.focus({ preventScroll: true });
  const box = note.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) note.scrollIntoView({ block: 'nearest' });
}

if (body && notes.length > 0) {
  document.documentElement.classList.add('js-notes');
  // CSS shows the key on wide screens; say so to assistive technology too.
  if (key && WIDE.matches) key.open = true;
  layoutNotes();
  // The text moved when the notes left the grid: bring a linked claim back into view.
  const target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  if (target && WIDE.matches) target.scrollIntoView({ block: 'start' });
  WIDE.addEventListener('change', () => {
    if (key) key.open = WIDE.matches;
    layoutNotes();
  });
  // `toggle` does not bubble: listen in the capture phase.
  body.addEventListener('toggle', layoutNotes, true);
  new ResizeObserver(layoutNotes).observe(body);
  void document.fonts?.ready.then(layoutNotes);

  body.addEventListener('click', (event) => {
    const element = event.target as Element;
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
    openNote(claim.dataset['claim']!);
  });
}
