/** Shows the handout's "Print" button (hidden without JavaScript, where it could do nothing). */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
