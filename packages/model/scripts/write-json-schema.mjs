// Writes dist/schema.json (JSON Schema draft 2020-12) from the built zod schemas, so the
// schema shipped to users is generated from the same source as the types and never drifts.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleSchema, MODEL_VERSION, modelRegistry } from '../dist/index.js';

const schema = z.toJSONSchema(ArticleSchema, { metadata: modelRegistry, target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
schema.$id = `https://copydesk.dev/schema/article-${MODEL_VERSION}.json`;
schema.title = 'Copydesk Article';
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote dist/schema.json (${Object.keys(schema.$defs ?? {}).length} definitions)`);
