import { z } from 'zod';

/** Names and descriptions of the model's schemas, used to write readable JSON Schema `$defs`. */
export interface ModelSchemaMeta {
  id: string;
  description?: string;
}

/**
 * The model's own registry rather than zod's global one, so that loading this package never
 * adds ids to a user's `z.globalRegistry`.
 */
export const modelRegistry = z.registry<ModelSchemaMeta>();
