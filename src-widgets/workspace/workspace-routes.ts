/** The workspace's hash routes (`#/connectors/abc`): parsed into a page and an optional id. */
export type Page = 'overview' | 'review' | 'connections' | 'connection' | 'connectors' | 'connector' | 'new-connector' | 'runs' | 'properties';

export interface Route {
  page: Page;
  id: string;
}

export const NAV: readonly { page: Page; path: string; label: string; matches: readonly Page[] }[] = [
  { page: 'overview', path: '/overview', label: 'Overview', matches: ['overview', 'review'] },
  { page: 'connections', path: '/connections', label: 'Connections', matches: ['connections', 'connection'] },
  { page: 'connectors', path: '/connectors', label: 'Connectors', matches: ['connectors', 'connector', 'new-connector'] },
  { page: 'runs', path: '/runs', label: 'Runs', matches: ['runs'] },
  { page: 'properties', path: '/properties', label: 'Properties', matches: ['properties'] },
];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head = 'overview', id = ''] = parts;
  switch (head) {
    case 'review':
      return id ? { page: 'review', id } : { page: 'overview', id: '' };
    case 'connections':
      return id ? { page: 'connection', id } : { page: 'connections', id: '' };
    case 'connectors':
      if (id === 'new') return { page: 'new-connector', id: '' };
      return id ? { page: 'connector', id } : { page: 'connectors', id: '' };
    case 'runs':
    case 'properties':
      return { page: head, id: '' };
    default:
      return { page: 'overview', id: '' };
  }
}
