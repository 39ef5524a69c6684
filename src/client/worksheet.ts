/**
 * A worksheet in the browser: answers saved as typed in localStorage (one key per worksheet and per
 * copy of the site: its origin and base path), Markdown export as a file download, print, import of an
 * exported file, Clear, and for "Map it yourself" the site's reading once the student has answered.
 * Nothing is sent anywhere: there is no request in this file.
 */
import { TEACH_WORDS } from '../words/teach-words.ts';
import { announce } from './announce.ts';
import type { WorksheetData } from '../teach/worksheet-data.ts';
import { worksheetCitation } from '../teach/worksheet-data.ts';
import { parseWorksheetMarkdown, toWorksheetMarkdown, type WorksheetAnswers } from '../teach/worksheet-markdown.ts';

const W = TEACH_WORDS.worksheet;
/** The largest file an import reads: an export is a few KB. */
const MAX_IMPORT_BYTES = 1_000_000;

/** What localStorage keeps for a worksheet. */
interface Saved extends WorksheetAnswers {
  /** When last saved (ISO). */
  saved: string;
  /** True once the site's reading has been shown. */
  revealed?: boolean;
}

/** One worksheet on its page: its elements, data and storage. */
class Sheet {
  readonly key: string;
  readonly root: HTMLElement;
  readonly data: WorksheetData;
  readonly today = new Date();
  readonly dateText = this.today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  revealed = false;
  storageWorks = true;

  constructor(root: HTMLElement, data: WorksheetData) {
    this.root = root;
    this.data = data;
    this.key = `counterpoint:worksheet:${location.origin}${root.dataset.site ?? '/'}:${data.id}`;
  }

  /** Says something in one of the worksheet's live regions. */
  private say(selector: string, message: string): void {
    const element = this.root.querySelector<HTMLElement>(selector);
    if (element) void announce(element, message);
  }
  announce(message: string): void { this.say('[data-ws-error]', ''); this.say('[data-ws-status]', message); }
  fail(message: string): void { this.say('[data-ws-status]', ''); this.say('[data-ws-error]', message); }

  private inputs(): (HTMLInputElement | HTMLTextAreaElement)[] {
    return [...this.root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')];
  }

  /** The answers as the fields hold them. */
  read(): WorksheetAnswers {
    const answers: WorksheetAnswers = { name: '', fields: {} };
    for (const input of this.inputs()) {
      const id = input.dataset.field!;
      if (id === 'name') answers.name = input.value;
      else if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        const list = (answers.fields[id] as string[] | undefined) ?? [];
        if (input.checked) list.push(input.value);
        answers.fields[id] = list;
      } else answers.fields[id] = input.value;
    }
    return answers;
  }

  /** Puts answers into the fields. */
  write(answers: WorksheetAnswers): void {
    for (const input of this.inputs()) {
      const id = input.dataset.field!;
      const value = id === 'name' ? answers.name : answers.fields[id];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = Array.isArray(value) && value.includes(input.value);
      else input.value = typeof value === 'string' ? value : '';
    }
    this.refresh();
  }

  /** Print mirrors (a textarea prints only what fits its box) and the tick counts. */
  refresh(): void {
    for (const mirror of this.root.querySelectorAll<HTMLElement>('[data-print-for]')) {
      const input = this.root.querySelector<HTMLTextAreaElement>(`textarea[data-field="${mirror.dataset.printFor}"]`);
      mirror.textContent = input?.value ?? '';
      mirror.closest('[data-field-wrap]')?.toggleAttribute('data-filled', Boolean(input?.value.trim()));
    }
    for (const group of this.root.querySelectorAll<HTMLElement>('[data-choices]')) {
      const line = group.querySelector<HTMLElement>('[data-pick-status]');
      if (line) line.textContent = W.pickCount(Number(group.dataset.pick), group.querySelectorAll('input:checked').length);
    }
  }

  save(): void {
    try {
      localStorage.setItem(this.key, JSON.stringify({ ...this.read(), saved: new Date().toISOString(), revealed: this.revealed } satisfies Saved));
    } catch {
      if (this.storageWorks) this.fail(W.storageOff);
      this.storageWorks = false;
    }
  }

  /** Restores what this browser kept, and says so. */
  restore(): void {
    try {
      const text = localStorage.getItem(this.key);
      if (!text) return;
      const saved = JSON.parse(text) as Saved;
      this.write(saved);
      if (saved.revealed) this.setReading(true, false);
      this.announce(W.restored(new Date(saved.saved).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })));
    } catch {
      this.storageWorks = false;
      this.fail(W.storageOff);
    }
  }

  /** Shows or hides the site's reading ("Map it yourself"). */
  setReading(shown: boolean, focus: boolean): void {
    const reading = this.root.querySelector<HTMLElement>('[data-reading]');
    if (!reading) return;
    reading.hidden = !shown;
    this.revealed = shown;
    if (shown && focus) reading.querySelector<HTMLElement>('h2')?.focus();
  }

  /** The date and the citation, with this copy's address and today. */
  stamp(): void {
    for (const element of this.root.querySelectorAll<HTMLElement>('[data-ws-date]')) element.textContent = this.dateText;
    const citation = this.root.querySelector<HTMLElement>('[data-ws-citation]');
    const lines = worksheetCitation(this.data, location.href.replace(/#.*$/, ''), this.dateText);
    citation?.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  }
}

/** Saves on every keystroke; refuses a tick past the number asked for, and says so. */
function onInput(sheet: Sheet, event: Event): void {
  const target = event.target as HTMLInputElement;
  if (!target.dataset.field) return;
  if (target.type === 'checkbox' && target.checked) {
    const group = target.closest<HTMLElement>('[data-choices]');
    const pick = Number(group?.dataset.pick ?? 0);
    const chosen = group?.querySelectorAll('input:checked').length ?? 0;
    if (chosen > pick) {
      target.checked = false;
      sheet.fail(W.pickTooMany(pick, chosen));
      return;
    }
  }
  sheet.refresh();
  sheet.save();
}

/** Downloads the answers as a Markdown file (Blob + a[download]): nothing leaves the browser. */
function exportMarkdown(sheet: Sheet): void {
  const answers = sheet.read();
  const markdown = toWorksheetMarkdown(sheet.data, answers, { url: location.href.replace(/#.*$/, ''), date: sheet.dateText, resolve: (href) => new URL(href, location.href).href });
  const who = answers.name.trim().toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const file = `${sheet.data.id}${who ? `-${who}` : ''}-${sheet.today.toISOString().slice(0, 10)}.md`;
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  sheet.announce(W.exported(file));
}

/** Reads an exported file back into the fields, or says why it cannot. */
async function importMarkdown(sheet: Sheet, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > MAX_IMPORT_BYTES) return sheet.fail(TEACH_WORDS.importErrors.tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return sheet.fail(TEACH_WORDS.importErrors.unreadable);
  }
  const parsed = parseWorksheetMarkdown(text, sheet.data);
  if (!parsed.ok) return sheet.fail(parsed.error);
  sheet.write(parsed.answers);
  sheet.save();
  sheet.announce(W.imported(file.name));
}

/** Shows the site's reading once the claims and relations are written. */
function compare(sheet: Sheet): void {
  const answers = sheet.read();
  if (!['claims-answer', 'relations-answer'].every((id) => String(answers.fields[id] ?? '').trim() !== '')) return sheet.fail(W.compareFirst);
  sheet.setReading(true, true);
  sheet.save();
  sheet.announce(W.shown);
}

function clear(sheet: Sheet): void {
  if (!window.confirm(W.clearConfirm)) return;
  sheet.write({ name: '', fields: {} });
  sheet.setReading(false, false);
  try { localStorage.removeItem(sheet.key); } catch { /* storage off: nothing kept to remove */ }
  sheet.announce(W.cleared);
}

const root = document.querySelector<HTMLElement>('[data-worksheet]');
const dataElement = document.getElementById('worksheet-data');
if (root && dataElement) {
  const sheet = new Sheet(root, JSON.parse(dataElement.textContent ?? '{}') as WorksheetData);
  sheet.restore();
  sheet.stamp();
  root.addEventListener('input', (event) => onInput(sheet, event));
  root.querySelector('[data-ws-export]')?.addEventListener('click', () => exportMarkdown(sheet));
  root.querySelector('[data-ws-print]')?.addEventListener('click', () => { sheet.refresh(); window.print(); });
  window.addEventListener('beforeprint', () => sheet.refresh());
  const file = root.querySelector<HTMLInputElement>('[data-ws-import]');
  file?.addEventListener('change', () => void importMarkdown(sheet, file));
  root.querySelector('[data-ws-clear]')?.addEventListener('click', () => clear(sheet));
  root.querySelector('[data-ws-compare]')?.addEventListener('click', () => compare(sheet));
}
