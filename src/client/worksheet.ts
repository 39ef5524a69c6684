/**
 * A worksheet in the browser: answers saved as typed in localStorage (one key per worksheet and per
 * copy of the site: its origin and base path), Markdown export as a file download, print, import of an
 * exported file, Clear, and for "Map it yourself" the site's reading once the student has answered.
 * Nothing is sent anywhere: there is no request in this file.
 */
import { TEACH_WORDS } from '../words/teach-words.ts';
import type { WorksheetData } from '../teach/worksheet-data.ts';
import { worksheetCitation } from '../teach/worksheet-data.ts';
import { parseWorksheetMarkdown, toWorksheetMarkdown, type WorksheetAnswers } from '../teach/worksheet-markdown.ts';

const W = TEACH_WORDS.worksheet;
/** The largest file an import reads: an export is a few KB. */
const MAX_IMPORT_BYTES = 1_000_000;

interface Saved extends WorksheetAnswers {
  /** When last saved (ISO). */
  saved: string;
  /** True once the site's reading has been shown. */
  revealed?: boolean;
}

const root = document.querySelector<HTMLElement>('[data-worksheet]');
const dataElement = document.getElementById('worksheet-data');
if (root && dataElement) start(root, JSON.parse(dataElement.textContent ?? '{}') as WorksheetData);

function start(root: HTMLElement, data: WorksheetData): void {
  const key = `counterpoint:worksheet:${location.origin}${root.dataset.site ?? '/'}:${data.id}`;
  const status = root.querySelector<HTMLElement>('[data-ws-status]');
  const error = root.querySelector<HTMLElement>('[data-ws-error]');
  const today = new Date();
  const dateText = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  let revealed = false;

  const say = (element: HTMLElement | null, message: string) => {
    if (!element) return;
    element.textContent = '';
    // A fresh text node after clearing makes screen readers announce a repeat of the same message.
    requestAnimationFrame(() => { element.textContent = message; });
  };
  const announce = (message: string) => { say(error, ''); say(status, message); };
  const fail = (message: string) => { say(status, ''); say(error, message); };

  const inputs = () => [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')];
  const read = (): WorksheetAnswers => {
    const answers: WorksheetAnswers = { name: '', fields: {} };
    for (const input of inputs()) {
      const id = input.dataset.field!;
      if (id === 'name') answers.name = input.value;
      else if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        const list = (answers.fields[id] as string[] | undefined) ?? [];
        if (input.checked) list.push(input.value);
        answers.fields[id] = list;
      } else answers.fields[id] = input.value;
    }
    return answers;
  };
  const write = (answers: WorksheetAnswers) => {
    for (const input of inputs()) {
      const id = input.dataset.field!;
      const value = id === 'name' ? answers.name : answers.fields[id];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Array.isArray(value) && value.includes(input.value);
      else input.value = typeof value === 'string' ? value : '';
    }
    refresh();
  };

  /** Print mirrors (a textarea prints only what fits its box) and the tick counts. */
  const refresh = () => {
    for (const mirror of root.querySelectorAll<HTMLElement>('[data-print-for]')) {
      const input = root.querySelector<HTMLTextAreaElement>(`textarea[data-field="${mirror.dataset.printFor}"]`);
      mirror.textContent = input?.value ?? '';
      mirror.closest('[data-field-wrap]')?.toggleAttribute('data-filled', Boolean(input?.value.trim()));
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-choices]')) {
      const chosen = group.querySelectorAll('input:checked').length;
      const line = group.querySelector<HTMLElement>('[data-pick-status]');
      if (line) line.textContent = W.pickCount(Number(group.dataset.pick), chosen);
    }
  };

  let storageWorks = true;
  const save = () => {
    try {
      localStorage.setItem(key, JSON.stringify({ ...read(), saved: new Date().toISOString(), revealed } satisfies Saved));
    } catch {
      if (storageWorks) fail(W.storageOff);
      storageWorks = false;
    }
  };

  const reveal = (focus: boolean) => {
    const reading = root.querySelector<HTMLElement>('[data-reading]');
    if (!reading) return;
    reading.hidden = false;
    revealed = true;
    if (focus) reading.querySelector<HTMLElement>('h2')?.focus();
  };

  // Restore what this browser kept.
  try {
    const text = localStorage.getItem(key);
    if (text) {
      const saved = JSON.parse(text) as Saved;
      write(saved);
      if (saved.revealed) reveal(false);
      announce(W.restored(new Date(saved.saved).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })));
    }
  } catch {
    storageWorks = false;
    fail(W.storageOff);
  }

  for (const element of root.querySelectorAll<HTMLElement>('[data-ws-date]')) element.textContent = dateText;
  const citation = root.querySelector<HTMLElement>('[data-ws-citation]');
  if (citation) citation.replaceChildren(...worksheetCitation(data, location.href.replace(/#.*$/, ''), dateText).map((line) => Object.assign(document.createElement('li'), { textContent: line })));

  root.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (!target.dataset.field) return;
    if (target.type === 'checkbox') {
      const group = target.closest<HTMLElement>('[data-choices]');
      const pick = Number(group?.dataset.pick ?? 0);
      const chosen = group?.querySelectorAll('input:checked').length ?? 0;
      if (target.checked && chosen > pick) {
        target.checked = false;
        fail(W.pickTooMany(pick, chosen));
        return;
      }
    }
    refresh();
    save();
  });

  root.querySelector('[data-ws-export]')?.addEventListener('click', () => {
    const answers = read();
    const markdown = toWorksheetMarkdown(data, answers, { url: location.href.replace(/#.*$/, ''), date: dateText, resolve: (href) => new URL(href, location.href).href });
    const who = answers.name.trim().toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const file = `${data.id}${who ? `-${who}` : ''}-${today.toISOString().slice(0, 10)}.md`;
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: file });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(W.exported(file));
  });

  root.querySelector('[data-ws-print]')?.addEventListener('click', () => {
    refresh();
    window.print();
  });
  window.addEventListener('beforeprint', refresh);

  root.querySelector<HTMLInputElement>('[data-ws-import]')?.addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return fail(TEACH_WORDS.importErrors.tooLarge);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail(TEACH_WORDS.importErrors.unreadable);
    }
    const parsed = parseWorksheetMarkdown(text, data);
    if (!parsed.ok) return fail(parsed.error);
    write(parsed.answers);
    save();
    announce(W.imported(file.name));
  });

  root.querySelector('[data-ws-clear]')?.addEventListener('click', () => {
    if (!window.confirm(W.clearConfirm)) return;
    write({ name: '', fields: {} });
    revealed = false;
    const reading = root.querySelector<HTMLElement>('[data-reading]');
    if (reading) reading.hidden = true;
    try { localStorage.removeItem(key); } catch { /* storage off: nothing kept to remove */ }
    announce(W.cleared);
  });

  root.querySelector('[data-ws-compare]')?.addEventListener('click', () => {
    const answers = read();
    const done = ['claims-answer', 'relations-answer'].every((id) => String(answers.fields[id] ?? '').trim() !== '');
    if (!done) return fail(W.compareFirst);
    reveal(true);
    save();
    announce(W.shown);
  });
}
