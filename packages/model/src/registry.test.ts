import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import * as model from './index.js';

describe('modelRegistry', () => {
  it('names the schemas that become JSON Schema $defs', () => {
    expect(model.modelRegistry.get(model.ArticleSchema)?.id).toBe('Article');
    expect(model.modelRegistry.get(model.HeadingSchema)?.id).toBe('Heading');
    expect(model.modelRegistry.get(model.RemovedSchema)?.id).toBe('Removed');
  });

  it("adds nothing to zod's global registry, so a user's own ids never clash with the model's", () => {
    for (const value of Object.values(model)) {
      if (value instanceof z.ZodType) expect(z.globalRegistry.has(value)).toBe(false);
    }
    // Registering an id the model also uses must work in the user's registry.
    expect(() => z.object({}).meta({ id: 'Heading' })).not.toThrow();
  });
});
