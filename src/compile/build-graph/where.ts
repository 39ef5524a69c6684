import type { Place } from '../problem.ts';

/** A place as messages quote it: `file:line:column`. */
export function where(place: Place): string {
  return `${place.file}:${place.line}:${place.column}`;
}
