/**
 * Progressive enhancement for "Link to this claim": without JavaScript the control is a plain
 * `#claim` link; with it, a click copies the claim's full URL and says so in a live region.
 */
import { announce } from './announce.ts';

/** Says `message` in the page's copy status, shown for five seconds. */
function say(message: string): void {
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  void announce(status, message).then(() => status.classList.add('copy-status--shown'));
  window.clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(window.setTimeout(() => status.classList.remove('copy-status--shown'), 5000));
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  navigator.clipboard.writeText(url).then(
    () => say(`Link copied: ${url}`),
    () => {
      // No clipboard (permission refused): fall back to what the plain link does.
      window.location.hash = new URL(url).hash;
      say(`Could not copy. The link is ${url}`);
    },
  );
});
