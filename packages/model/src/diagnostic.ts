import { z } from 'zod';
import { modelRegistry } from './registry.js';
import { PositionSchema } from './position.js';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);

/** A problem or repair noticed while reading the input: data, not an exception. */
export const DiagnosticSchema = z
  .strictObject({
    /** Stable machine-readable code, e.g. `decode/windows-1252`. */
    code: z.string().min(1),
    severity: SeveritySchema,
    message: z.string().min(1),
    position: PositionSchema.optional(),
  });

export type Severity = z.infer<typeof SeveritySchema>;
export interface Diagnostic extends z.infer<typeof DiagnosticSchema> {}

modelRegistry.add(DiagnosticSchema, { id: 'Diagnostic', description: 'A problem or repair noticed while reading the input.' });
modelRegistry.add(SeveritySchema, { id: 'Severity' });
