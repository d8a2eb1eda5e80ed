/** `/properties`: the heartbeat and limit properties, validated against their declared ranges. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { propertiesUpdateSchema, propertyViewSchema } from '../../../src-shared/contract/property-contract';
import { PROPERTIES, type PropertyValues } from '../../../src-shared/model/properties';
import type { HostServices } from '../host-services';
import { readProperties, writeProperties } from '../store/property-store';
import { heartbeatSettings } from '../../../src-shared/core/heartbeat-policy';
import { ApiError } from './api-error';
import { defineRoute } from './openapi-routes';

function view(values: PropertyValues) {
  return PROPERTIES.map((property) => ({
    name: property.name,
    label: property.label,
    value: values[property.name],
    default: property.default,
    min: property.min,
    max: property.max,
    description: property.description,
  }));
}

export function registerPropertyRoutes(app: OpenAPIHono, services: HostServices): void {
  defineRoute(app, { method: 'get', path: '/properties', tag: 'Properties', summary: 'Read the tunable properties', response: z.array(propertyViewSchema) }, async ({ c }) => {
    return c.json({ result: view(await readProperties(services.records)) }, 200);
  });
  defineRoute(app, { method: 'patch', path: '/properties', tag: 'Properties', summary: 'Update properties (each within its range)', body: propertiesUpdateSchema, response: z.array(propertyViewSchema) }, async ({ c, body }) => {
    const patch = body as Partial<PropertyValues>;
    // Each value is in its range (the schema); together they must still make a working heartbeat.
    const merged = { ...(await readProperties(services.records)), ...patch };
    const settings = heartbeatSettings(merged);
    if (!settings.ok) {
      const field = 'x_eih.heartbeat.maximum_delay' in patch ? 'x_eih.heartbeat.maximum_delay' : 'x_eih.heartbeat.interval_seconds';
      throw new ApiError(422, `invalid field '${field}' in body: ${settings.error.message}`, settings.error.code);
    }
    const values = await writeProperties(services.records, patch, new Date(services.clock()).toISOString());
    services.logger.info({ properties: patch }, 'properties updated');
    return c.json({ result: view(values) }, 200);
  });
}
