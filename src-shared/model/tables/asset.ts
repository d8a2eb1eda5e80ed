import { col, type TableDef } from '../column';

/** A configuration item found by Tenable; shared by every connector that reports it. */
export const assetTable = {
  name: 'x_eih_asset',
  label: 'Asset',
  display: 'hostname',
  scope: 'both',
  columns: {
    tenable_uuid: col.string('Tenable UUID', { maxLength: 64 }),
    hostname: col.string('Hostname', { maxLength: 255 }),
    fqdn: col.string('FQDN', { maxLength: 255 }),
    ipv4: col.string('IPv4', { maxLength: 45 }),
    ipv6: col.string('IPv6', { maxLength: 100 }),
    mac: col.string('MAC address', { maxLength: 64 }),
    netbios: col.string('NetBIOS name', { maxLength: 100 }),
    os: col.string('Operating system', { maxLength: 255 }),
    criticality: col.choice('Criticality', ['low', 'medium', 'high', 'critical'], { default: 'medium' }),
  },
  indexes: [{ columns: ['tenable_uuid'] }, { columns: ['fqdn'] }, { columns: ['hostname'] }, { columns: ['ipv4'] }, { columns: ['sys_created_on', 'sys_id'] }],
} as const satisfies TableDef;
