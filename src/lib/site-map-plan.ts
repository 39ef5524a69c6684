import { graph } from './site.ts';
import { toHierarchy, type MapHierarchy } from '../map/to-hierarchy.ts';
import { mapAddress, mapPlan, topPageClaims, type MapPlan } from '../map/map-pages.ts';
import { pathWithBase } from '../urls/path-with-base.ts';

/** The site's map as one tree (src/map/to-hierarchy.ts). */
export const siteHierarchy: MapHierarchy = toHierarchy(graph);

/** How the site's map is split into pages (src/map/map-pages.ts), `MAP_TOP_CLAIMS` applied. */
export const sitePlan: MapPlan = mapPlan(graph, siteHierarchy, topPageClaims(process.env));

/** A claim's address on the map, with the base: the map page that shows it without JavaScript, `#<id>`. */
export const mapHref = (id: string): string => pathWithBase(mapAddress(sitePlan, id));
