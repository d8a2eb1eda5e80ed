// The widget workspace on the instance: a direct UI page that loads the Vite-built widget bundle
// (dist/widgets/eih-widgets.js), shipped as the app's static content (sys_ux_lib_asset
// `x_eih/eih-widgets`, served at /uxasset/externals/x_eih/eih-widgets.jsdbx), and points it at the
// scripted REST API. `sdk:now-ux-globals` sets window.g_ck; the small script adds it as
// X-UserToken to the widgets' same-origin API calls, which ServiceNow requires of session callers.
import { Acl, UiPage } from '@servicenow/sdk/core'
import { viewer } from './roles.now'

UiPage({
  $id: Now.ID['page_workspace'],
  endpoint: 'x_eih_workspace.do',
  description: 'Exposure Integration Hub workspace: connections, connectors, runs and the dashboard',
  category: 'general',
  direct: true,
  html: `<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Exposure Integration Hub</title>
  <sdk:now-ux-globals></sdk:now-ux-globals>
  <script>
    (function () {
      var original = window.fetch;
      window.fetch = function (input, init) {
        var options = init || {};
        var url = typeof input === 'string' ? input : input.url;
        if (window.g_ck) {
          if (url.indexOf('/api/x_eih/') === 0) {
            var headers = new Headers(options.headers || {});
            headers.set('X-UserToken', window.g_ck);
            options = Object.assign({}, options, { headers: headers });
          }
        }
        return original.call(window, input, options);
      };
    })();
  </script>
  <script type="module" src="/uxasset/externals/x_eih/eih-widgets.jsdbx"></script>
  <style>html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; background: #f4f5f7; }</style>
</head>
<body>
  <eih-workspace api-base="/api/x_eih/hub"></eih-workspace>
</body>
</html>`,
})

Acl({
  $id: Now.ID['acl_page_workspace'],
  type: 'ui_page',
  name: 'x_eih_workspace',
  operation: 'read',
  roles: [viewer],
  description: 'Viewers open the workspace page',
})
