/**
 * The picture of the debate (MapPicture.astro), made explorable in place: a click, a tap or Enter on a
 * box selects it there (its lines stand out), opens its branch in the tree below and shows the claim
 * whole, with every relation, in a card beside the box (copied from the tree's pane, with a link to
 * the claim's own page); the arrow keys move along the picture, one box holding the tabindex; "+N more"
 * shows a column's other reasons in place. The card closes with its button or Escape.
 */

/** What the picture asks of the tree. */
export interface PictureHooks {
  /** Opens the claim's branch and fills the pane, moving nothing. */
  show(id: string): Promise<void>;
  /** Focuses the claim in the tree, scrolling to it. */
  reveal(id: string): Promise<void>;
}

/** Adds the behaviour to the picture's section, if the page has one. */
export function mapPicture(root: HTMLElement | null, hooks: PictureHooks): void {
  const svg = root?.querySelector<SVGSVGElement>('#dm-svg');
  if (!root || !svg) return;
  const card = makeCard(root);
  const boxes = (): SVGAElement[] => [...svg.querySelectorAll<SVGAElement>('a.dm-box')].filter((box) => getComputedStyle(box).display !== 'none');
  let current = boxes()[0];
  for (const box of svg.querySelectorAll<SVGAElement>('a.dm-box')) box.setAttribute('tabindex', box === current ? '0' : '-1');
  const select = async (box: Element, id: string): Promise<void> => {
    for (const marked of root.querySelectorAll('.is-selected, .is-near')) marked.classList.remove('is-selected', 'is-near');
    box.classList.add('is-selected');
    svg.classList.add('is-focusing');
    for (const line of svg.querySelectorAll<SVGElement>('[data-relation]')) {
      if (line.dataset.from === id || line.dataset.to === id) line.classList.add('is-near');
    }
    await hooks.show(id);
    card.show(box, id);
  };
  root.addEventListener('click', (event) => {
    const mouse = event as MouseEvent;
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button !== 0) return;
    const target = event.target as Element;
    const more = target.closest<SVGAElement>('a.dm-more');
    if (more) {
      event.preventDefault();
      openMore(svg, more);
      const first = svg.querySelector<SVGAElement>(`a.dm-box.dm-rest[data-col="${more.dataset.more}"]`);
      if (first) move(first);
      return;
    }
    const box = target.closest<HTMLElement | SVGAElement>('a.dm-box, a.dml-box');
    if (!box?.dataset.claim) return;
    event.preventDefault();
    if (box instanceof SVGAElement) move(box);
    void select(box, box.dataset.claim);
  });
  function move(box: SVGAElement): void {
    current?.setAttribute('tabindex', '-1');
    current = box;
    box.setAttribute('tabindex', '0');
    box.focus();
  }
  svg.addEventListener('keydown', (event) => {
    const box = (event.target as Element).closest<SVGAElement>('a.dm-box');
    if (!box || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void select(box, box.dataset.claim ?? '');
      return;
    }
    const next = neighbour(boxes(), box, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next) move(next);
  });
  card.onClose(() => {
    for (const marked of root.querySelectorAll('.is-selected, .is-near')) marked.classList.remove('is-selected', 'is-near');
    svg.classList.remove('is-focusing');
  });
  card.onReveal((id) => void hooks.reveal(id));
}

/** Shows a column's reasons behind "+N more", and grows the picture to hold them. */
function openMore(svg: SVGSVGElement, more: SVGAElement): void {
  const open = new Set((svg.dataset.open ?? '').split(' ').filter(Boolean));
  open.add(more.dataset.more ?? '');
  svg.dataset.open = [...open].join(' ');
  more.style.display = 'none';
  const height = svg.dataset.fullHeight ?? '';
  svg.setAttribute('viewBox', `0 0 ${svg.viewBox.baseVal.width} ${height}`);
  svg.setAttribute('height', height);
  const divide = svg.querySelector<SVGPathElement>('#dm-divide');
  if (divide?.dataset.full) divide.setAttribute('d', divide.dataset.full);
}

/**
 * The box an arrow key goes to: Up and Down along the column (the thesis above its reasons), Left and
 * Right to the nearest box of the next column that has one, Home and End to the column's ends.
 * `undefined` for a key that is not the picture's; `null` when there is nowhere to go.
 */
function neighbour(boxes: readonly SVGAElement[], box: SVGAElement, key: string): SVGAElement | null | undefined {
  const col = Number(box.dataset.col);
  const row = Number(box.dataset.row);
  const column = (c: number) => boxes.filter((other) => Number(other.dataset.col) === c).sort((a, b) => Number(a.dataset.row) - Number(b.dataset.row));
  const here = column(col);
  const centre = (element: SVGAElement) => element.getBBox().y + element.getBBox().height / 2;
  const across = (step: number): SVGAElement | null => {
    const columns = new Set(boxes.map((other) => Number(other.dataset.col)));
    for (let c = col + step; columns.has(c); c += step) {
      const list = column(c);
      if (list.length) return list.reduce((best, other) => (Math.abs(centre(other) - centre(box)) < Math.abs(centre(best) - centre(box)) ? other : best));
    }
    return null;
  };
  switch (key) {
    case 'ArrowDown': return here[here.indexOf(box) + 1] ?? null;
    case 'ArrowUp': return row < 0 ? null : here[here.indexOf(box) - 1] ?? null;
    case 'ArrowRight': return across(1);
    case 'ArrowLeft': return across(-1);
    case 'Home': return here[0] ?? null;
    case 'End': return here[here.length - 1] ?? null;
    default: return undefined;
  }
}

/** The card that shows the selected claim whole, beside its box (in the list, under it). */
function makeCard(root: HTMLElement): { show(box: Element, id: string): void; onClose(fn: () => void): void; onReveal(fn: (id: string) => void): void } {
  const card = document.createElement('section');
  card.className = 'dm-card';
  card.hidden = true;
  card.setAttribute('aria-label', 'The claim you selected');
  const bar = document.createElement('div');
  bar.className = 'dm-card__bar';
  const heading = document.createElement('h3');
  heading.textContent = 'The claim you selected';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'map-btn';
  close.textContent = 'Close';
  bar.append(heading, close);
  const body = document.createElement('div');
  const links = document.createElement('p');
  links.className = 'dm-card__links';
  card.append(bar, body, links);
  const pane = document.getElementById('map-focus-body');
  let showing = '';
  let box: Element | undefined;
  let closed: () => void = () => undefined;
  let reveal: (id: string) => void = () => undefined;
  const fill = () => {
    if (!pane || !showing) return;
    body.replaceChildren(...[...pane.childNodes].map((node) => node.cloneNode(true)));
  };
  // The pane fills when its claim's words arrive (they may be fetched): the card follows it.
  if (pane) new MutationObserver(fill).observe(pane, { childList: true, subtree: true });
  close.addEventListener('click', () => {
    card.hidden = true;
    showing = '';
    (box as HTMLElement | undefined)?.focus();
    closed();
  });
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close.click();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) close.click();
  });
  return {
    show(target, id) {
      box = target;
      showing = id;
      fill();
      const tree = document.getElementById(id);
      const page = tree?.querySelector<HTMLAnchorElement>(':scope > a.mt-text')?.href;
      links.replaceChildren();
      if (page) links.append(Object.assign(document.createElement('a'), { href: page, textContent: 'The claim’s own page ›' }));
      const inTree = Object.assign(document.createElement('a'), { href: `#${id}`, textContent: 'Show it in the tree below ↓' });
      inTree.addEventListener('click', (event) => {
        event.preventDefault();
        reveal(id);
      });
      links.append(inTree);
      card.hidden = false;
      placeCard(root, card, target);
    },
    onClose: (fn) => void (closed = fn),
    onReveal: (fn) => void (reveal = fn),
  };
}

/** Puts the card beside its box in the picture (right of it, or left where there is no room), or under it in the list. */
function placeCard(root: HTMLElement, card: HTMLElement, box: Element): void {
  const wide = root.querySelector<HTMLElement>('.dmap-wide');
  if (box instanceof SVGElement && wide && getComputedStyle(wide).display !== 'none') {
    wide.append(card);
    const frame = wide.getBoundingClientRect();
    const rect = box.getBoundingClientRect();
    const width = Math.min(card.offsetWidth || 384, frame.width);
    const right = rect.right - frame.left + 10;
    card.style.left = `${right + width <= frame.width ? right : Math.max(0, rect.left - frame.left - width - 10)}px`;
    card.style.top = `${rect.top - frame.top}px`;
  } else {
    box.after(card);
    card.style.left = '';
    card.style.top = '';
  }
  card.scrollIntoView({ block: 'nearest' });
}
