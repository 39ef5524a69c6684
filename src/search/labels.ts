/** The author filter's value for reader comments ("Readers"): the essay's author did not write them. */
export const READERS_AUTHOR = 'Readers';
