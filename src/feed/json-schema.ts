/** The JSON Schema of the feed, generated from the zod schema so the format is written down once. */
import { toJSONSchema } from 'zod/mini';
import { feedSchema, SCHEMA_VERSION } from './schema.js';

export function feedJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(feedSchema, { io: 'input' }),
    $id: `https://miv-widgets.nl/schema/feed-v${SCHEMA_VERSION}.json`,
    title: `MIV indicator feed, schema version ${SCHEMA_VERSION}`,
  };
}
