/**
 * Says `message` in the live region `region`: the region is emptied now and written in the next
 * animation frame, because a fresh text node is what makes a screen reader announce a message again
 * when it repeats the last one (two copies in a row, a second refused tick). Returns once written.
 */
export function announce(region: HTMLElement, message: string): Promise<void> {
  region.textContent = '';
  return new Promise((done) => {
    requestAnimationFrame(() => {
      region.textContent = message;
      done();
    });
  });
}
