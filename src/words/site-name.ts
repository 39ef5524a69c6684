/** The site's name, as link previews, cards, structured data and citations give it. */
export const SITE_NAME = 'Counterpoint';
