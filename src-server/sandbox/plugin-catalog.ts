// The plugin catalogues (VM and WAS). Small and materialised once per seed; each plugin's JSON
// fragment is serialised once, because it is identical in every finding that cites the plugin.
import { pick, unit } from './hash';

export const SEVERITY_NAMES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];
const RISK_FACTORS = ['None', 'Low', 'Medium', 'High', 'Critical'] as const;

export interface PortSpec {
  port: number;
  protocol: 'tcp' | 'udp';
  service?: string;
}

export interface VmPlugin {
  id: number;
  name: string;
  family: string;
  severity: number;
  ports: PortSpec[];
  /** The plugin object as JSON text, ready to splice into a record. */
  json: string;
  cves: string[];
  cvss3: number | undefined;
  vpr: number | undefined;
  exploitAvailable: boolean;
  synopsis: string;
  solution: string;
  description: string;
}

interface Product {
  name: string;
  family: string;
  ports: PortSpec[];
  local: boolean;
}

const WWW: PortSpec[] = [
  { port: 443, protocol: 'tcp', service: 'www' },
  { port: 80, protocol: 'tcp', service: 'www' },
  { port: 8443, protocol: 'tcp', service: 'www' },
];
const LOCAL: PortSpec[] = [{ port: 0, protocol: 'tcp', service: 'general' }];

const PRODUCTS: Product[] = [
  { name: 'Apache HTTP Server', family: 'Web Servers', ports: WWW, local: false },
  { name: 'nginx', family: 'Web Servers', ports: WWW, local: false },
  { name: 'Apache Tomcat', family: 'Web Servers', ports: [{ port: 8080, protocol: 'tcp', service: 'www' }, ...WWW], local: false },
  { name: 'OpenSSL', family: 'Web Servers', ports: WWW, local: false },
  { name: 'PHP', family: 'CGI abuses', ports: WWW, local: false },
  { name: 'OpenSSH', family: 'Misc.', ports: [{ port: 22, protocol: 'tcp', service: 'ssh' }], local: false },
  { name: 'MySQL Server', family: 'Databases', ports: [{ port: 3306, protocol: 'tcp', service: 'mysql' }], local: false },
  { name: 'PostgreSQL', family: 'Databases', ports: [{ port: 5432, protocol: 'tcp', service: 'postgresql' }], local: false },
  { name: 'Samba', family: 'Misc.', ports: [{ port: 445, protocol: 'tcp', service: 'cifs' }], local: false },
  { name: 'ISC BIND', family: 'DNS', ports: [{ port: 53, protocol: 'udp', service: 'dns' }], local: false },
  { name: 'Exim', family: 'SMTP problems', ports: [{ port: 25, protocol: 'tcp', service: 'smtp' }], local: false },
  { name: 'Redis', family: 'Databases', ports: [{ port: 6379, protocol: 'tcp', service: 'redis' }], local: false },
  { name: 'Jenkins', family: 'CGI abuses', ports: [{ port: 8080, protocol: 'tcp', service: 'www' }], local: false },
  { name: 'Microsoft Windows', family: 'Windows : Microsoft Bulletins', ports: LOCAL, local: true },
  { name: 'Oracle Java SE', family: 'Windows', ports: LOCAL, local: true },
  { name: 'Mozilla Firefox', family: 'Windows', ports: LOCAL, local: true },
  { name: 'Google Chrome', family: 'Windows', ports: LOCAL, local: true },
  { name: 'VMware Tools', family: 'Windows', ports: LOCAL, local: true },
  { name: 'Ubuntu', family: 'Ubuntu Local Security Checks', ports: LOCAL, local: true },
  { name: 'Red Hat Enterprise Linux', family: 'Red Hat Local Security Checks', ports: LOCAL, local: true },
];

const FIXED_INFO: Array<{ id: number; name: string; family: string; ports: PortSpec[]; synopsis: string }> = [
  { id: 19506, name: 'Nessus Scan Information', family: 'Settings', ports: LOCAL, synopsis: 'This plugin displays information about the Nessus scan.' },
  { id: 11936, name: 'OS Identification', family: 'General', ports: LOCAL, synopsis: 'It is possible to guess the remote operating system.' },
  { id: 10287, name: 'Traceroute Information', family: 'General', ports: [{ port: 0, protocol: 'udp' }], synopsis: 'It was possible to obtain traceroute information.' },
  { id: 12053, name: 'Host Fully Qualified Domain Name (FQDN) Resolution', family: 'General', ports: LOCAL, synopsis: 'It was possible to resolve the name of the remote host.' },
  { id: 45590, name: 'Common Platform Enumeration (CPE)', family: 'General', ports: LOCAL, synopsis: 'It was possible to enumerate CPE names that matched on the remote system.' },
  { id: 54615, name: 'Device Type', family: 'General', ports: LOCAL, synopsis: 'It is possible to guess the remote device type.' },
  { id: 22964, name: 'Service Detection', family: 'Service detection', ports: [...WWW, { port: 22, protocol: 'tcp', service: 'ssh' }, { port: 25, protocol: 'tcp', service: 'smtp' }], synopsis: 'The remote service could be identified.' },
  { id: 11219, name: 'Nessus SYN scanner', family: 'Port scanners', ports: [...WWW, { port: 22, protocol: 'tcp', service: 'ssh' }, { port: 3389, protocol: 'tcp', service: 'msrdp' }, { port: 445, protocol: 'tcp', service: 'cifs' }], synopsis: 'It is possible to determine which TCP ports are open.' },
  { id: 10863, name: 'SSL Certificate Information', family: 'General', ports: WWW, synopsis: 'This plugin displays the SSL certificate.' },
  { id: 10107, name: 'HTTP Server Type and Version', family: 'Web Servers', ports: WWW, synopsis: 'A web server is running on the remote host.' },
  { id: 10267, name: 'SSH Server Type and Version Information', family: 'Service detection', ports: [{ port: 22, protocol: 'tcp', service: 'ssh' }], synopsis: 'An SSH server is listening on this port.' },
  { id: 24260, name: 'HyperText Transfer Protocol (HTTP) Information', family: 'Web Servers', ports: WWW, synopsis: 'Some information about the remote HTTP configuration can be extracted.' },
];

/** Plugins per severity generated beyond the fixed informational ones. */
const GENERATED_PER_SEVERITY = [28, 60, 200, 120, 60];

const SCORE_RANGES: Array<[number, number]> = [[0, 0], [0.1, 3.9], [4.0, 6.9], [7.0, 8.9], [9.0, 10.0]];

function score(seed: number, id: number, salt: number, range: [number, number]): number {
  return Math.round((range[0] + unit(seed, id, salt) * (range[1] - range[0])) * 10) / 10;
}

function isoDay(ms: number): string {
  return new Date(Math.floor(ms / 86_400_000) * 86_400_000).toISOString();
}

function pluginJson(p: Omit<VmPlugin, 'json'>, hasPatch: boolean, published: string, type: string): string {
  const parts: string[] = [`"id":${p.id}`, `"name":${JSON.stringify(p.name)}`, `"family":${JSON.stringify(p.family)}`];
  parts.push(`"synopsis":${JSON.stringify(p.synopsis)}`, `"description":${JSON.stringify(p.description)}`, `"solution":${JSON.stringify(p.solution)}`);
  parts.push(`"risk_factor":"${RISK_FACTORS[p.severity] ?? 'None'}"`);
  if (p.cves.length > 0) parts.push(`"cve":${JSON.stringify(p.cves)}`);
  if (p.cvss3 !== undefined) parts.push(`"cvss3_base_score":${p.cvss3}`, `"cvss_base_score":${Math.max(0, Math.min(10, Math.round((p.cvss3 - 0.3) * 10) / 10))}`);
  if (p.vpr !== undefined) parts.push(`"vpr":{"score":${p.vpr}}`);
  if (p.severity > 0) parts.push(`"exploit_available":${p.exploitAvailable}`, `"has_patch":${hasPatch}`);
  parts.push(`"publication_date":"${published}"`, `"type":"${type}"`);
  return `{${parts.join(',')}}`;
}

export interface VmCatalog {
  plugins: VmPlugin[];
  /** Plugins grouped by severity id (0..4). */
  bySeverity: VmPlugin[][];
  byId: Map<number, VmPlugin>;
}

export function buildVmCatalog(seed: number, epochMs: number): VmCatalog {
  const plugins: VmPlugin[] = [];
  const add = (p: Omit<VmPlugin, 'json'>, hasPatch: boolean, publishedMs: number, type: string): void => {
    plugins.push({ ...p, json: pluginJson(p, hasPatch, isoDay(publishedMs), type) });
  };
  for (const info of FIXED_INFO) {
    add({ id: info.id, name: info.name, family: info.family, severity: 0, ports: info.ports, cves: [], cvss3: undefined, vpr: undefined, exploitAvailable: false, synopsis: info.synopsis, description: `${info.synopsis} Reported by the sandbox scanner.`, solution: 'n/a' }, false, epochMs - 3000 * 86_400_000, 'remote');
  }
  const used = new Set(plugins.map((p) => p.id));
  for (let sev = 0; sev < 5; sev++) {
    const n = GENERATED_PER_SEVERITY[sev] ?? 0;
    for (let k = 0; k < n; k++) {
      let id = 20000 + pick(200000, seed, sev * 1000 + k, 101);
      while (used.has(id)) id += 1;
      used.add(id);
      const product = PRODUCTS[pick(PRODUCTS.length, seed, id, 102)] as Product;
      const major = 1 + pick(9, seed, id, 103);
      const minor = pick(30, seed, id, 104);
      const year = 2016 + pick(9, seed, id, 105);
      const cveCount = sev === 0 ? 0 : 1 + pick(3, seed, id, 106);
      const cves: string[] = [];
      for (let c = 0; c < cveCount; c++) cves.push(`CVE-${year}-${1000 + pick(40000, seed, id, 107 + c)}`);
      const names = sev === 0
        ? [`${product.name} Version Detection`, `${product.name} Installed`, `${product.name} Configuration Information`]
        : [`${product.name} < ${major}.${minor}.${1 + pick(20, seed, id, 110)} Multiple Vulnerabilities`, `${product.name} ${major}.${minor}.x Denial of Service (${cves[0] ?? ''})`, `${product.name} Remote Code Execution (${cves[0] ?? ''})`, `${product.name} Information Disclosure (${cves[0] ?? ''})`];
      const name = names[pick(names.length, seed, id, 111)] as string;
      const cvss3 = sev === 0 ? undefined : score(seed, id, 112, SCORE_RANGES[sev] as [number, number]);
      const vpr = sev === 0 ? undefined : Math.max(0.1, Math.min(9.9, Math.round(((cvss3 ?? 5) + (unit(seed, id, 113) - 0.5) * 3) * 10) / 10));
      const synopsis = sev === 0 ? `${product.name} is installed on the remote host.` : `The remote host is affected by ${cveCount > 1 ? 'multiple vulnerabilities' : 'a vulnerability'} in ${product.name}.`;
      add({
        id, name, family: product.family, severity: sev, ports: product.ports, cves, cvss3, vpr,
        exploitAvailable: sev >= 3 ? unit(seed, id, 114) < 0.45 : unit(seed, id, 114) < 0.1,
        synopsis,
        description: `According to its self-reported version, the ${product.name} installed on the remote host is ${major}.${minor}. It is therefore affected by ${cveCount} issue(s) referenced in the vendor advisory. Note that Nessus has not tested for these issues but has instead relied only on the application's self-reported version number.`,
        solution: sev === 0 ? 'n/a' : `Upgrade ${product.name} to version ${major}.${minor + 1} or later.`,
      }, sev > 0 && unit(seed, id, 115) < 0.9, epochMs - (30 + pick(2500, seed, id, 116)) * 86_400_000, product.local ? 'local' : 'remote');
    }
  }
  const bySeverity: VmPlugin[][] = [[], [], [], [], []];
  for (const p of plugins) bySeverity[p.severity]?.push(p);
  return { plugins, bySeverity, byId: new Map(plugins.map((p) => [p.id, p])) };
}

export interface WasPlugin {
  id: number;
  name: string;
  family: string;
  severity: number;
  cwe: number;
  owasp: string;
  inputType: string | undefined;
  json: string;
}

const WAS_DEFS: Array<[number, string, string, number, number, string, string | undefined]> = [
  [98104, 'Cross-Site Scripting (XSS)', 'Cross Site Scripting', 3, 79, 'A03', 'query'],
  [98105, 'Stored Cross-Site Scripting (XSS)', 'Cross Site Scripting', 4, 79, 'A03', 'body'],
  [98115, 'SQL Injection', 'SQL Injection', 4, 89, 'A03', 'query'],
  [98116, 'Blind SQL Injection (time based)', 'SQL Injection', 4, 89, 'A03', 'body'],
  [98120, 'OS Command Injection', 'Code Execution', 4, 78, 'A03', 'body'],
  [98130, 'Path Traversal', 'File Inclusion', 3, 22, 'A01', 'query'],
  [98136, 'Server-Side Request Forgery', 'Injection', 3, 918, 'A10', 'query'],
  [98140, 'Open Redirect', 'Injection', 2, 601, 'A01', 'query'],
  [98145, 'Cross-Site Request Forgery', 'Cross Site Request Forgery', 2, 352, 'A01', 'body'],
  [98056, 'Cookie Without Secure Flag Detected', 'HTTP Security Header', 1, 614, 'A05', 'cookie'],
  [98057, 'Cookie Without HttpOnly Flag Detected', 'HTTP Security Header', 1, 1004, 'A05', 'cookie'],
  [98060, 'Missing HTTP Strict Transport Security Policy', 'HTTP Security Header', 2, 523, 'A05', undefined],
  [98062, 'Missing Content Security Policy', 'HTTP Security Header', 1, 693, 'A05', undefined],
  [98066, 'Missing X-Frame-Options Header', 'HTTP Security Header', 1, 1021, 'A05', undefined],
  [98068, 'Missing Subresource Integrity', 'HTTP Security Header', 1, 353, 'A08', undefined],
  [98000, 'Scan Information', 'Web Application Scanning Information', 0, 200, 'A05', undefined],
  [98009, 'Web Application Sitemap', 'Web Application Scanning Information', 0, 200, 'A05', undefined],
  [98033, 'Technologies Detected', 'Web Application Scanning Information', 0, 200, 'A06', undefined],
  [98617, 'Email Address Disclosure', 'Data Exposure', 0, 200, 'A01', undefined],
  [98619, 'Private IP Address Disclosure', 'Data Exposure', 1, 200, 'A01', undefined],
  [98623, 'Backup File Detected', 'Data Exposure', 2, 530, 'A05', undefined],
  [98624, 'Directory Listing', 'Data Exposure', 2, 548, 'A01', undefined],
  [112539, 'jQuery < 3.5.0 Multiple XSS', 'Component Vulnerability', 2, 79, 'A06', undefined],
  [112720, 'Bootstrap < 3.4.1 XSS', 'Component Vulnerability', 2, 79, 'A06', undefined],
  [113250, 'Lodash < 4.17.21 Command Injection', 'Component Vulnerability', 3, 77, 'A06', undefined],
  [114032, 'SSL/TLS Weak Cipher Suites Supported', 'SSL/TLS', 2, 326, 'A02', undefined],
  [114040, 'TLS 1.0 Protocol Detected', 'SSL/TLS', 2, 327, 'A02', undefined],
  [114101, 'Insecure Deserialization', 'Code Execution', 4, 502, 'A08', 'body'],
];

export interface WasCatalog {
  plugins: WasPlugin[];
  byId: Map<number, WasPlugin>;
}

export function buildWasCatalog(seed: number): WasCatalog {
  const plugins = WAS_DEFS.map(([id, name, family, severity, cwe, owasp, inputType]): WasPlugin => {
    const cvss3 = severity === 0 ? undefined : score(seed, id, 120, SCORE_RANGES[severity] as [number, number]);
    const parts = [`"id":${id}`, `"name":${JSON.stringify(name)}`, `"family":${JSON.stringify(family)}`, `"cwe":["${cwe}"]`, `"owasp_2021":["${owasp}"]`, `"risk_factor":"${RISK_FACTORS[severity] ?? 'None'}"`];
    if (cvss3 !== undefined) parts.push(`"cvss3_base_score":${cvss3}`);
    parts.push(`"description":${JSON.stringify(`${name} was detected by the sandbox web application scanner.`)}`, `"solution":${JSON.stringify(severity === 0 ? 'n/a' : `Remediate ${name.toLowerCase()} following OWASP guidance.`)}`);
    return { id, name, family, severity, cwe, owasp, inputType, json: `{${parts.join(',')}}` };
  });
  return { plugins, byId: new Map(plugins.map((p) => [p.id, p])) };
}

/** Severity id drawn with a realistic mix: mostly info/low/medium, few critical. */
export function drawSeverity(r: number): number {
  if (r < 0.38) return 0;
  if (r < 0.52) return 1;
  if (r < 0.84) return 2;
  if (r < 0.96) return 3;
  return 4;
}

