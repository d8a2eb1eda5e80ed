import { drillDownQuery, HUB_API_BASE } from '../../src-shared/metrics/drill-down';
import type { ChartElement, DrillDown } from '../client/hub-types';

/** The drill-down for a chart element plus a title for its list; null for an empty element. */
export function drillDetail(element: ChartElement, title: string): { element: ChartElement; drillDown: DrillDown; title: string } | null {
  const drillDown = drillDownQuery(element);
  return drillDown === null ? null : { element, drillDown, title };
}

/** A drill-down route (`/api/x_eih/hub/runs`) relative to the API base (`/runs`), so `api-base` applies. */
export function relativeRoute(route: string): string {
  return route.startsWith(HUB_API_BASE) ? route.slice(HUB_API_BASE.length) || '/' : route;
}
