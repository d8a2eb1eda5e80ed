import { z } from 'zod';
import { PROPERTIES } from '../model/properties';

export const propertyViewSchema = z.object({
  name: z.string(),
  label: z.string(),
  value: z.number().int(),
  default: z.number().int(),
  min: z.number().int(),
  max: z.number().int(),
  description: z.string(),
});
export type PropertyView = z.infer<typeof propertyViewSchema>;

/** A partial update: each named property must be an integer within its declared range. */
export const propertiesUpdateSchema = z.strictObject(
  Object.fromEntries(PROPERTIES.map((property) => [property.name, z.number().int().min(property.min).max(property.max).optional()])),
);
