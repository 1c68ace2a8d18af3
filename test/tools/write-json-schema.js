/** Writes dist/feed.schema.json from the built library, so the published schema is the zod one. */
import { writeFile } from 'node:fs/promises';
import { feedJsonSchema } from '../../dist/lib/feed/json-schema.js';

await writeFile('dist/feed.schema.json', JSON.stringify(feedJsonSchema(), null, 2) + '\n');
console.log('wrote dist/feed.schema.json');
