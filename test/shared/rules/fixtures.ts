/** Tenable-shaped records as the APIs document them (tenable-api.md), for the normaliser tests. */

export function vmRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    asset: {
      uuid: 'A1B2C3D4-0000-4000-8000-000000000001',
      hostname: 'web01',
      fqdn: 'web01.example.com',
      ipv4: '10.0.0.5',
      ipv6: 'fe80::1',
      mac_address: '00:16:3e:5d:7a:71',
      netbios_name: 'WEB01',
      operating_system: ['Linux Kernel 5.4'],
      tracked: true,
    },
    plugin: {
      id: 19506,
      name: 'Nessus Scan Information',
      family: 'Settings',
      cve: ['CVE-2021-44228', 'CVE-2021-45046'],
      cvss3_base_score: 9.8,
      cvss_base_score: 7.5,
      vpr: { score: 8.9 },
      exploit_available: true,
      has_patch: true,
    },
    port: { port: 443, protocol: 'TCP', service: 'www' },
    scan: { uuid: 's-1', started_at: '2024-01-01T00:00:00Z' },
    output: 'plugin output',
    severity: 'critical',
    severity_id: 4,
    severity_default_id: 4,
    severity_modification_type: 'NONE',
    state: 'OPEN',
    first_found: '2024-01-01T00:00:00.000Z',
    last_found: '2024-02-01T12:30:00Z',
    finding_id: 'f-0001',
    ...overrides,
  };
}

export function wasRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    finding_id: 'w-0001',
    url: 'https://Shop.Example.com:8443/cart?id=1',
    input_type: 'parameter',
    input_name: 'id',
    http_method: 'get',
    output: 'reflected payload',
    proof: 'proof text',
    payload: '<script>',
    state: 'OPEN',
    severity: 'HIGH',
    severity_id: 3,
    severity_modification_type: 'NONE',
    first_found: '2024-03-01T00:00:00Z',
    last_found: '2024-03-02T00:00:00Z',
    indexed_at: '2024-03-02T00:00:00Z',
    plugin: { id: 98100, name: 'Cross-Site Scripting', cwe: ['79'], owasp_2021: ['A03'] },
    asset: { uuid: 'b1b2c3d4-0000-4000-8000-000000000002', fqdn: 'shop.example.com', ipv4: '10.0.0.9' },
    scan: { uuid: 'ws-1' },
    ...overrides,
  };
}

export function scRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pluginID: '10107',
    pluginName: 'HTTP Server Type and Version',
    severity: { id: '2', name: 'Medium', description: 'Medium Severity' },
    ip: '10.238.64.1',
    dnsName: 'target-cent7.incus',
    netbiosName: '',
    macAddress: '00:16:3e:5d:7a:71',
    uuid: '',
    hostUUID: '',
    port: '443',
    protocol: 'TCP',
    firstSeen: '1700000000',
    lastSeen: '1700086400',
    lastMitigated: '',
    hasBeenMitigated: '0',
    acceptRisk: '0',
    recastRisk: '0',
    pluginText: '<plugin_output>Apache</plugin_output>',
    cve: 'CVE-2019-0211,CVE-2019-0217',
    cvssV3BaseScore: '7.8',
    baseScore: '6.5',
    vprScore: '',
    exploitAvailable: 'Yes',
    family: { id: '11', name: 'Web Servers', type: 'active' },
    repository: { id: '1', name: 'Live', dataFormat: 'IPv4' },
    operatingSystem: 'Linux Kernel 2.6',
    hostUniqueness: 'repositoryID,ip,dnsName',
    vulnUniqueness: 'repositoryID,ip,port,protocol,pluginID',
    ...overrides,
  };
}

/** A copy of `record` with `path` (dotted) set to `value`, or deleted when value is `undefined`. */
export function withPath(record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  const parts = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}
