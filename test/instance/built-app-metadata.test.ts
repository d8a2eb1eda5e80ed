import { beforeAll, describe, expect, it } from 'vitest';
import { instanceTables } from '../../src-shared/model/tables';
import { HUB_ROUTES } from '../../src-server/instance/rest/hub-api';
import { builtAppExists, field, readBuiltRecords, type BuiltRecord } from '../support/built-app';

/**
 * What `now-sdk build` would install, read from dist/app: roles, ACLs, the scripted REST API, business
 * rules, UI actions, scheduled scripts, the workspace page and the demo records. (Tables, columns,
 * choices and properties are checked by built-app-model.test.ts.)
 */
describe('the built ServiceNow app: behaviour metadata', () => {
  let records: BuiltRecord[] = [];
  const of = (table: string) => records.filter((r) => r.table === table);
  const sysId = (r: BuiltRecord) => field(r.xml, 'sys_id') ?? '';
  const roleName = (xml: string) => /<sys_user_role name="([^"]+)"/.exec(xml)?.[1];

  beforeAll(() => {
    if (!builtAppExists()) throw new Error('dist/app is missing: run `NODE_ENV=test npx now-sdk build` first');
    records = readBuiltRecords();
  });

  /** The script a module-backed record runs: it must require the module and call the function. */
  function expectModuleCall(script: string | undefined, modulePath: string, fn: string, args: string): void {
    expect(script, fn).toBeDefined();
    expect(script).toContain(`const { ${fn} } = require('x_eih/exposure-integration-hub/0.1.0/${modulePath}')`);
    expect(script).toContain(`${fn}(${args});`);
  }

  it('has the roles x_eih.viewer and x_eih.admin, admin containing viewer', () => {
    expect(of('sys_user_role').map((r) => field(r.xml, 'name')).sort()).toEqual(['x_eih.admin', 'x_eih.viewer']);
    const contains = of('sys_user_role_contains').map((r) => [/<role name="([^"]+)"/.exec(r.xml)?.[1], /<contains name="([^"]+)"/.exec(r.xml)?.[1]]);
    expect(contains).toContainEqual(['x_eih.admin', 'x_eih.viewer']);
  });

  it('secures every table: read for viewers; create, write and delete for admins', () => {
    const acls = of('sys_security_acl');
    const rolesOf = (acl: BuiltRecord) => of('sys_security_acl_role').filter((r) => field(r.xml, 'sys_security_acl') === sysId(acl)).map((r) => roleName(r.xml));
    for (const table of instanceTables()) {
      for (const [operation, role] of [['read', 'x_eih.viewer'], ['create', 'x_eih.admin'], ['write', 'x_eih.admin'], ['delete', 'x_eih.admin']] as const) {
        const acl = acls.find((a) => field(a.xml, 'name') === table.name && a.xml.includes(`<operation display_value="${operation}">`) && field(a.xml, 'type') === 'record');
        expect(acl, `${table.name} ${operation}`).toBeDefined();
        expect(field(acl?.xml ?? '', 'active')).toBe('true');
        expect(rolesOf(acl as BuiltRecord), `${table.name} ${operation}`).toEqual([role]);
      }
    }
  });

  it.each(['access_key', 'secret_key', 'sc_password'])('lets no one read x_eih_connection.%s through the UI, admins may set it', (column) => {
    const acls = of('sys_security_acl').filter((a) => field(a.xml, 'name') === `x_eih_connection.${column}`);
    const read = acls.find((a) => a.xml.includes('<operation display_value="read">'));
    expect(read).toBeDefined();
    expect(field(read?.xml ?? '', 'admin_overrides')).toBe('false');
    expect(field(read?.xml ?? '', 'script')).toBe('<![CDATA[answer = false;]]>');
    expect(of('sys_security_acl_role').filter((r) => field(r.xml, 'sys_security_acl') === sysId(read as BuiltRecord))).toEqual([]);
    const write = acls.find((a) => a.xml.includes('<operation display_value="write">'));
    expect(of('sys_security_acl_role').filter((r) => field(r.xml, 'sys_security_acl') === sysId(write as BuiltRecord)).map((r) => roleName(r.xml))).toEqual(['x_eih.admin']);
  });

  it('has the scripted REST API hub at /api/x_eih/hub with every route of HUB_ROUTES, each backed by its module function', () => {
    const api = of('sys_ws_definition').find((r) => field(r.xml, 'service_id') === 'hub');
    expect(field(api?.xml ?? '', 'base_uri')).toBe('/api/x_eih/hub');
    expect(field(api?.xml ?? '', 'namespace')).toBe('x_eih');
    const operations = of('sys_ws_operation').filter((r) => field(r.xml, 'web_service_definition') === sysId(api as BuiltRecord));
    expect(operations).toHaveLength(HUB_ROUTES.length);
    for (const route of HUB_ROUTES) {
      const op = operations.find((o) => field(o.xml, 'name') === route.name);
      expect(op, route.name).toBeDefined();
      expect(field(op?.xml ?? '', 'http_method'), route.name).toBe(route.method);
      expect(field(op?.xml ?? '', 'relative_path'), route.name).toBe(route.path);
      expect(field(op?.xml ?? '', 'operation_uri'), route.name).toBe(`/api/x_eih/hub${route.path}`);
      expect(field(op?.xml ?? '', 'requires_authentication')).toBe('true');
      expectModuleCall(field(op?.xml ?? '', 'operation_script'), 'src-server/instance/rest/hub-api.ts', route.name, 'request, response');
    }
  });

  it('routes every path the issue lists (method and path)', () => {
    const listed = [
      'GET /connections', 'POST /connections', 'GET /connections/{id}', 'PATCH /connections/{id}', 'DELETE /connections/{id}', 'POST /connections/{id}/test',
      'GET /connections/{id}/projects',
      'GET /connectors', 'POST /connectors', 'GET /connectors/{id}', 'PATCH /connectors/{id}', 'DELETE /connectors/{id}',
      'POST /connectors/{id}/test', 'POST /connectors/{id}/enable', 'POST /connectors/{id}/disable', 'POST /connectors/{id}/execute', 'POST /connectors/{id}/cancel',
      'GET /connectors/{id}/projects', 'GET /connectors/{id}/assets', 'GET /connectors/{id}/logs',
      'GET /connectors/{id}/status-mapping', 'PUT /connectors/{id}/status-mapping', 'GET /connectors/{id}/severity-filter', 'PUT /connectors/{id}/severity-filter',
      'GET /runs', 'GET /runs/{id}', 'GET /queue-entries', 'GET /queue-entries/{id}', 'POST /queue-entries/{id}/retry',
      'GET /vulnerable-items', 'PATCH /vulnerable-items/{id}',
      'GET /dashboard/runs', 'GET /dashboard/ingestion', 'GET /dashboard/processing', 'GET /dashboard/integrations',
      'GET /properties', 'PATCH /properties', 'GET /health',
    ];
    const built = of('sys_ws_operation').map((o) => `${field(o.xml, 'http_method')} ${field(o.xml, 'relative_path')}`);
    expect([...built].sort()).toEqual([...listed].sort());
  });

  it.each([
    ['EIH propagate connection test', 'x_eih_connection', 'after', ['update'], 'onConnectionTested'],
    ['EIH validate connector status', 'x_eih_connector', 'before', ['insert', 'update'], 'validateConnectorStatus'],
    ['EIH run completion', 'x_eih_integration_run', 'after', ['update'], 'onRunCompleted'],
  ] as const)('has the business rule %s on %s (%s %j)', (name, table, when, actions, fn) => {
    const rule = of('sys_script').find((r) => field(r.xml, 'name') === name);
    expect(rule).toBeDefined();
    const xml = rule?.xml ?? '';
    expect(field(xml, 'collection')).toBe(table);
    expect(field(xml, 'when')).toBe(when);
    expect(field(xml, 'active')).toBe('true');
    for (const action of ['insert', 'update', 'delete', 'query']) expect(field(xml, `action_${action}`), action).toBe(String((actions as readonly string[]).includes(action)));
    expectModuleCall(field(xml, 'script'), 'src-server/instance/entry/business-rules.ts', fn, 'current, previous');
  });

  it.each([
    ['Test Connection', 'x_eih_connection', 'testConnectionAction'],
    ['Test Connection', 'x_eih_connector', 'testConnectorConnectionAction'],
    ['Execute Now', 'x_eih_connector', 'executeNowAction'],
    ['Execute Now with Full data import', 'x_eih_connector', 'executeFullImportAction'],
    ['Disable', 'x_eih_connector', 'disableConnectorAction'],
    ['Enable', 'x_eih_connector', 'enableConnectorAction'],
    ['Delete', 'x_eih_connector', 'deleteConnectorAction'],
  ] as const)('has the UI action %s on %s for admins', (name, table, fn) => {
    const action = of('sys_ui_action').find((r) => field(r.xml, 'name') === name && field(r.xml, 'table') === table);
    expect(action).toBeDefined();
    const xml = action?.xml ?? '';
    expect(field(xml, 'form_button')).toBe('true');
    const roles = of('sys_ui_action_role').filter((r) => field(r.xml, 'sys_ui_action') === sysId(action as BuiltRecord)).map((r) => roleName(r.xml));
    expect(roles).toEqual(['x_eih.admin']);
    expectModuleCall(field(xml, 'script'), 'src-server/instance/entry/ui-actions.ts', fn, 'current');
  });

  it.each([
    ['EIH scheduler tick', '1970-01-01 00:01:00', 'runSchedulerTick'],
    ['EIH heartbeat watchdog', '1970-01-01 00:05:00', 'runHeartbeatWatchdog'],
  ] as const)('has the scheduled script %s every %s', (name, period, fn) => {
    const job = of('sysauto_script').find((r) => field(r.xml, 'name') === name);
    expect(job).toBeDefined();
    expect(field(job?.xml ?? '', 'run_type')).toBe('periodically');
    expect(field(job?.xml ?? '', 'run_period')).toBe(period);
    expect(field(job?.xml ?? '', 'active')).toBe('true');
    expectModuleCall(field(job?.xml ?? '', 'script'), 'src-server/instance/entry/scheduled-jobs.ts', fn, '');
  });

  it('has the daily scheduled script EIH retention at 03:00 UTC, pruning logs and processed payloads', () => {
    const job = of('sysauto_script').find((r) => field(r.xml, 'name') === 'EIH retention');
    expect(job).toBeDefined();
    const xml = job?.xml ?? '';
    expect(field(xml, 'run_type')).toBe('daily');
    expect(field(xml, 'run_time')).toBe('1970-01-01 03:00:00');
    expect(field(xml, 'time_zone')).toBe('UTC');
    expect(field(xml, 'active')).toBe('true');
    expectModuleCall(field(xml, 'script'), 'src-server/instance/entry/scheduled-jobs.ts', 'runRetention', '');
  });

  it('has exactly the three scheduled scripts (records of removed ones only delete them)', () => {
    const installed = of('sysauto_script').filter((r) => !r.xml.includes('action="DELETE"'));
    expect(installed.map((r) => field(r.xml, 'name')).sort()).toEqual(['EIH heartbeat watchdog', 'EIH retention', 'EIH scheduler tick']);
  });

  it('has the workspace UI page loading the widget bundle against the hub API, readable by viewers', () => {
    const page = of('sys_ui_page').find((r) => field(r.xml, 'endpoint') === 'x_eih_workspace.do');
    expect(page).toBeDefined();
    const html = field(page?.xml ?? '', 'html') ?? '';
    expect(field(page?.xml ?? '', 'direct')).toBe('true');
    expect(html).toContain('<script type="module" src="/uxasset/externals/x_eih/eih-widgets.jsdbx"></script>');
    expect(html).toContain('<eih-workspace api-base="/api/x_eih/hub"></eih-workspace>');
    expect(html).toContain('window.g_ck = ');
    expect(html).toContain("headers.set('X-UserToken', window.g_ck)");
    const acl = of('sys_security_acl').find((a) => field(a.xml, 'type') === 'ui_page' && field(a.xml, 'name') === 'x_eih_workspace');
    expect(acl).toBeDefined();
    expect(of('sys_security_acl_role').filter((r) => field(r.xml, 'sys_security_acl') === sysId(acl as BuiltRecord)).map((r) => roleName(r.xml))).toEqual(['x_eih.viewer']);
  });

  it('ships the widget bundle the page loads as static content of the app', () => {
    const asset = of('sys_ux_lib_asset').find((r) => field(r.xml, 'name') === 'x_eih/eih-widgets');
    expect(asset, 'sys_ux_lib_asset x_eih/eih-widgets').toBeDefined();
    expect(asset?.xml).toContain('eih-workspace');
  });

  it('ships demo records only as demo data: a disabled example connection and connector', () => {
    const demo = records.filter((r) => r.file.includes('unload.demo'));
    const connection = demo.find((r) => r.table === 'x_eih_connection');
    const connector = demo.find((r) => r.table === 'x_eih_connector');
    expect(field(connection?.xml ?? '', 'active')).toBe('false');
    expect(field(connection?.xml ?? '', 'platform')).toBe('tenable_vm');
    expect(connection?.xml).not.toMatch(/access_key|secret_key|sc_password/);
    expect(field(connector?.xml ?? '', 'status')).toBe('disabled');
    expect(field(connector?.xml ?? '', 'active')).toBe('false');
    expect(field(connector?.xml ?? '', 'connection')).toBe(sysId(connection as BuiltRecord));
    expect(records.filter((r) => !r.file.includes('unload.demo') && (r.table === 'x_eih_connection' || r.table === 'x_eih_connector'))).toEqual([]);
  });

  it('ships every instance module the Fluent records require as a sys_module', () => {
    const modules = of('sys_module').map((r) => field(r.xml, 'path') ?? '');
    for (const path of [
      'src-server/instance/rest/hub-api.ts', 'src-server/instance/entry/business-rules.ts', 'src-server/instance/entry/ui-actions.ts', 'src-server/instance/entry/scheduled-jobs.ts',
      'src-server/instance/run/run-engine.ts', 'src-server/instance/write-back.ts', 'src-server/instance/projects-lookup.ts', 'src-server/instance/scheduler/retention-pruner.ts',
      'src-shared/pipeline/page-stages.ts', 'src-shared/rules/write-back-planner.ts', 'src-shared/tenable/was-projects-planner.ts',
    ]) {
      expect(modules.some((name) => name.endsWith(path)), path).toBe(true);
    }
    expect(modules.some((name) => name.includes('src-shared/contract'))).toBe(false);
  });
});
