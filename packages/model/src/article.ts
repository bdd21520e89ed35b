import { z } from 'zod';
import { modelRegistry } from './registry.js';
import { BlockSchema } from './block.js';
import { DiagnosticSchema } from './diagnostic.js';
import { MetaSchema } from './meta.js';
import { RemovedSchema } from './removed.js';
import { MODEL_MAJOR } from './version.js';

export { MODEL_MAJOR, MODEL_VERSION } from './version.js';

/** `1.x.y`: any minor or patch of the major version this package reads. */
const versionPattern = new RegExp(`^${MODEL_MAJOR}\\.\\d+\\.\\d+$`);

/**
 * The root: one article, its metadata, its body, what was set aside, and what was noticed.
 * Every object of the model is strict: an unknown key is an error, as in the shipped JSON
 * Schema (`additionalProperties: false`), so a misspelt field is reported, never dropped.
 */
export const ArticleSchema = z
  .strictObject({
    type: z.literal('article'),
    version: z.string().regex(versionPattern, {
      message: `expected a version of the form ${MODEL_MAJOR}.minor.patch (this package reads version ${MODEL_MAJOR}.x.y documents)`,
    }),
    meta: MetaSchema,
    children: z.array(BlockSchema),
    removed: z.array(RemovedSchema),
    diagnostics: z.array(DiagnosticSchema),
  });

export interface Article extends z.infer<typeof ArticleSchema> {}

modelRegistry.add(ArticleSchema, { id: 'Article', description: 'A news article: metadata, body, set-aside spans and diagnostics.' });
