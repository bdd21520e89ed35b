import { z } from 'zod';
import { modelRegistry } from './registry.js';
import { PositionSchema } from './position.js';
import { REMOVED_KINDS } from './removed-kinds.js';

export { REMOVED_KINDS } from './removed-kinds.js';

export const RemovedKindSchema = z.enum(REMOVED_KINDS);

/** A span of the input set aside as not article content, with the reason a person can read. */
export const RemovedSchema = z
  .strictObject({
    type: z.literal('removed'),
    kind: RemovedKindSchema,
    text: z.string(),
    reason: z.string().min(1),
    /** Identifier of the rule that decided, for filtering and statistics. */
    rule: z.string().optional(),
    position: PositionSchema.optional(),
  });

export type RemovedKind = z.infer<typeof RemovedKindSchema>;
export interface Removed extends z.infer<typeof RemovedSchema> {}

modelRegistry.add(RemovedSchema, { id: 'Removed', description: 'A span of the input that is not article content.' });
modelRegistry.add(RemovedKindSchema, { id: 'RemovedKind' });
