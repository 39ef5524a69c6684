/**
 * The handout's "Print" button. It is drawn from the first paint when scripting is on (so nothing moves
 * when this runs) and hidden by CSS when it is off, where it could do nothing (reading.css).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.addEventListener('click', () => window.print());
}
