import { distance } from 'fastest-levenshtein';
import { diffWords } from 'diff';

/** A passage of a longer text: where it starts and ends (character offsets) and its words. */
export interface Passage {
  /** Offset of its first character. */
  start: number;
  /** Offset after its last character. */
  end: number;
  /** The passage. */
  text: string;
}

/**
 * The passage of `haystack` closest to `needle` (word windows of about the needle's length, ranked
 * by words in common, the best few by edit distance); undefined when they share no word.
 */
export function nearestPassage(haystack: string, needle: string): Passage | undefined {
  const words = [...haystack.matchAll(/\S+/g)].map((match) => ({ word: match[0], start: match.index, end: match.index + match[0].length }));
  const wanted = needle.split(/\s+/).filter(Boolean);
  if (words.length === 0 || wanted.length === 0) return undefined;
  const bag = new Map<string, number>();
  for (const word of wanted) bag.set(word, (bag.get(word) ?? 0) + 1);
  const size = Math.min(wanted.length, words.length);
  // Sliding window: how many of the needle's words each window holds.
  const have = new Map<string, number>();
  let common = 0;
  const add = (word: string, step: 1 | -1) => {
    const before = have.get(word) ?? 0;
    const limit = bag.get(word) ?? 0;
    have.set(word, before + step);
    if (step === 1 && before < limit) common++;
    if (step === -1 && before <= limit && before > 0) common--;
  };
  const scores: Array<{ at: number; common: number }> = [];
  for (let i = 0; i < words.length; i++) {
    add(words[i]!.word, 1);
    if (i >= size) add(words[i - size]!.word, -1);
    if (i >= size - 1) scores.push({ at: i - size + 1, common });
  }
  // Windows that run past the end: the passage may be the haystack's last few words.
  for (let at = words.length - size + 1; at < words.length; at++) {
    add(words[at - 1]!.word, -1);
    scores.push({ at, common });
  }
  const best = scores.sort((a, b) => b.common - a.common || a.at - b.at).slice(0, 8);
  // Too little in common to be the same passage reworded: say nothing like it is there.
  if (!best[0] || best[0].common < Math.max(1, Math.ceil(wanted.length * 0.3))) return undefined;
  let chosen: Passage | undefined;
  let score = Infinity;
  for (const { at } of best) {
    for (const grow of [-1, 0, 1]) {
      const last = Math.min(words.length - 1, at + size - 1 + grow);
      if (last < at) continue;
      const passage = { start: words[at]!.start, end: words[last]!.end, text: haystack.slice(words[at]!.start, words[last]!.end) };
      const cost = distance(passage.text, needle);
      if (cost < score) {
        score = cost;
        chosen = passage;
      }
    }
  }
  // A word window takes a word's punctuation with it ("settlement."): trim what the needle lacks.
  while (chosen && chosen.end > chosen.start + 1 && /[^\p{L}\p{N}]/u.test(haystack[chosen.end - 1]!)) {
    const shorter = { ...chosen, end: chosen.end - 1, text: haystack.slice(chosen.start, chosen.end - 1) };
    if (distance(shorter.text, needle) >= score) break;
    score = distance(shorter.text, needle);
    chosen = shorter;
  }
  while (chosen && chosen.end > chosen.start + 1 && /[^\p{L}\p{N}]/u.test(haystack[chosen.start]!)) {
    const shorter = { ...chosen, start: chosen.start + 1, text: haystack.slice(chosen.start + 1, chosen.end) };
    if (distance(shorter.text, needle) >= score) break;
    score = distance(shorter.text, needle);
    chosen = shorter;
  }
  return chosen;
}

/**
 * The difference between two texts, word by word (jsdiff), marked the way `wdiff` does:
 * `[-only in from-]` and `{+only in to+}`; long unchanged runs are shortened to "…".
 */
export function markDifference(from: string, to: string): string {
  const parts = diffWords(from, to);
  return parts
    .map((part, index) => {
      // Spaces around a change stay outside its marks: "Nothing [-at all.-]".
      const pad = (text: string, mark: string) => `${/^\s/.test(text) ? ' ' : ''}${mark}${/\s$/.test(text) ? ' ' : ''}`;
      if (part.removed) return pad(part.value, `[-${part.value.trim()}-]`);
      if (part.added) return pad(part.value, `{+${part.value.trim()}+}`);
      const words = part.value.split(/(\s+)/);
      // Keep six words of context next to each change.
      const keep = 12;
      if (words.length <= keep * 2 + 1) return part.value;
      const head = index === 0 ? [] : words.slice(0, keep);
      const tail = index === parts.length - 1 ? [] : words.slice(-keep);
      return `${head.join('')} … ${tail.join('')}`.replace(/^ … /, '… ').replace(/ … $/, ' …');
    })
    .join('')
    .replace(/-\]\{\+/g, '-] {+')
    .replace(/\s+/g, ' ')
    .trim();
}
