// Generated from src-shared/model/tables.ts (x_eih_asset) by `npm run generate`. Do not edit: change the model and regenerate.
import { Table, ChoiceColumn, StringColumn } from '@servicenow/sdk/core'

export const x_eih_asset = Table({
  name: 'x_eih_asset',
  label: 'Asset',
  display: 'hostname',
  allowWebServiceAccess: true,
  schema: {
    tenable_uuid: StringColumn({ label: 'Tenable UUID', maxLength: 64 }),
    hostname: StringColumn({ label: 'Hostname', maxLength: 255 }),
    fqdn: StringColumn({ label: 'FQDN', maxLength: 255 }),
    ipv4: StringColumn({ label: 'IPv4', maxLength: 45 }),
    ipv6: StringColumn({ label: 'IPv6', maxLength: 100 }),
    mac: StringColumn({ label: 'MAC address', maxLength: 64 }),
    netbios: StringColumn({ label: 'NetBIOS name', maxLength: 100 }),
    os: StringColumn({ label: 'Operating system', maxLength: 255 }),
    criticality: ChoiceColumn({ label: 'Criticality', default: 'medium', choices: { low: { label: 'Low', sequence: 0 }, medium: { label: 'Medium', sequence: 1 }, high: { label: 'High', sequence: 2 }, critical: { label: 'Critical', sequence: 3 } }, dropdown: 'dropdown_with_none' }),
  },
  index: [
    { name: 'x_eih_asset_tenable_uuid', unique: false, element: ['tenable_uuid'] },
    { name: 'x_eih_asset_fqdn', unique: false, element: ['fqdn'] },
    { name: 'x_eih_asset_hostname', unique: false, element: ['hostname'] },
    { name: 'x_eih_asset_ipv4', unique: false, element: ['ipv4'] },
    { name: 'x_eih_asset_sys_created_on_sys_id', unique: false, element: ['sys_created_on', 'sys_id'] },
  ],
})
