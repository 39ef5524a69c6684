/**
 * Progressive enhancement for "Cite this": without JavaScript each citation is plain selectable text (one
 * click selects all of it); with it, each style gets a "Copy" button that puts the citation on the
 * clipboard, with its italics for word processors (text/html) and as plain text, and says so.
 */
import { announce } from './announce.ts';
import { collapseSpace } from '../words/collapse-space.ts';

/** Says `message` in the status line of the citation block `block`. */
function say(block: Element, message: string): void {
  const status = block.querySelector<HTMLElement>('[data-cite-status]');
  if (status) void announce(status, message);
}

async function copy(citation: HTMLElement): Promise<void> {
  const text = collapseSpace(citation.textContent ?? '');
  // Our own markup: text and <i> only (src/components/CiteThis.astro renders nothing else).
  const html = citation.innerHTML;
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })]);
      return;
    } catch {
      // Some browsers refuse text/html: fall through to plain text.
    }
  }
  await navigator.clipboard.writeText(text);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-citation]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const block = button.closest('.cite-this');
    const citation = document.getElementById(button.dataset.copyCitation ?? '');
    if (!block || !citation) return;
    const style = button.dataset.styleLabel ?? 'citation';
    copy(citation).then(
      () => say(block, `${style} citation copied.`),
      () => {
        // No clipboard permission: select the text, so Ctrl+C / ⌘C copies it.
        const range = document.createRange();
        range.selectNodeContents(citation);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        say(block, `Could not copy. The ${style} citation is selected: press Ctrl+C or ⌘C.`);
      },
    );
  });
}
