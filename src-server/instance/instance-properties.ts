import { fail, ok, type Result } from '../../src-shared/core/result';
import { PROPERTIES, type PropertyName, type PropertyValues } from '../../src-shared/model/properties';
import { glide } from './glide/glide-port';

/**
 * The hub's tunables from sys_properties (`gs.getProperty`). A value an admin mistyped falls back
 * to the model's default, with a warning, rather than stopping every run.
 */

export function readProperties(): PropertyValues {
  const values = {} as PropertyValues;
  for (const property of PROPERTIES) {
    const raw = glide().getProperty(property.name, String(property.default));
    const parsed = Number(raw);
    if (Number.isInteger(parsed) && parsed >= property.min && parsed <= property.max) values[property.name] = parsed;
    else {
      glide().log('warn', `property ${property.name} has invalid value '${raw}' (expected a whole number from ${property.min} to ${property.max}); using ${property.default}`);
      values[property.name] = property.default;
    }
  }
  return values;
}

/** Validates every value first, then writes them all: a bad value changes nothing. */
export function writeProperties(patch: unknown): Result<PropertyValues> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return fail('invalid_request', 'properties patch must be an object of property name to value', 400);
  }
  const entries = Object.entries(patch as Record<string, unknown>);
  const writes: [PropertyName, number][] = [];
  for (const [name, value] of entries) {
    const property = PROPERTIES.find((p) => p.name === name);
    if (property === undefined) return fail('unknown_property', `unknown property '${name}'`, 400, { name });
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < property.min || number > property.max) {
      return fail('invalid_value', `property ${name} must be a whole number from ${property.min} to ${property.max}, got ${JSON.stringify(value)}`, 422, { name });
    }
    writes.push([property.name, number]);
  }
  for (const [name, value] of writes) glide().setProperty(name, String(value));
  return ok(readProperties());
}
