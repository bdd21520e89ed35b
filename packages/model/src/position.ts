import { z } from 'zod';
import { modelRegistry } from './registry.js';

/** A place in the original input: 1-based line and column, 0-based UTF-16 offset (as in unist). */
export const PointSchema = z
  .strictObject({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0),
  });

/** A span of the original input; `end` is exclusive. */
export const PositionSchema = z
  .strictObject({
    start: PointSchema,
    end: PointSchema,
  });

export interface Point extends z.infer<typeof PointSchema> {}
export interface Position extends z.infer<typeof PositionSchema> {}

modelRegistry.add(PointSchema, { id: 'Point', description: 'A place in the original input (1-based line/column, 0-based offset).' });
modelRegistry.add(PositionSchema, { id: 'Position', description: 'A span of the original input; end is exclusive.' });
