import { z } from 'zod';
import { modelRegistry } from './registry.js';
import { PositionSchema } from './position.js';

/** Plain text. Adjacent text nodes are merged by the builders. */
export const TextSchema = z
  .strictObject({ type: z.literal('text'), value: z.string(), position: PositionSchema.optional() });

/** Stressed emphasis (usually italic). */
export const EmphasisSchema = z
  .strictObject({
    type: z.literal('emphasis'),
    get children(): z.ZodArray<z.ZodType<Inline>> {
      return z.array(InlineSchema);
    },
    position: PositionSchema.optional(),
  });

/** Strong importance (usually bold). */
export const StrongSchema = z
  .strictObject({
    type: z.literal('strong'),
    get children(): z.ZodArray<z.ZodType<Inline>> {
      return z.array(InlineSchema);
    },
    position: PositionSchema.optional(),
  });

/** A hyperlink. `url` is stored as found; renderers decide whether its scheme is safe. */
export const LinkSchema = z
  .strictObject({
    type: z.literal('link'),
    url: z.string(),
    title: z.string().optional(),
    get children(): z.ZodArray<z.ZodType<Inline>> {
      return z.array(InlineSchema);
    },
    position: PositionSchema.optional(),
  });

/** A hard line break inside a paragraph. */
export const BreakSchema = z
  .strictObject({ type: z.literal('break'), position: PositionSchema.optional() });

/** Inline code or other literal text. */
export const InlineCodeSchema = z
  .strictObject({ type: z.literal('code'), value: z.string(), position: PositionSchema.optional() });

/** Phrasing content: what paragraphs, headings and captions hold. */
export const InlineSchema: z.ZodType<Inline> = z.discriminatedUnion('type', [TextSchema, EmphasisSchema, StrongSchema, LinkSchema, BreakSchema, InlineCodeSchema]);

export interface Text extends z.infer<typeof TextSchema> {}
export interface Emphasis extends z.infer<typeof EmphasisSchema> {}
export interface Strong extends z.infer<typeof StrongSchema> {}
export interface Link extends z.infer<typeof LinkSchema> {}
export interface Break extends z.infer<typeof BreakSchema> {}
export interface InlineCode extends z.infer<typeof InlineCodeSchema> {}
export type Inline = Text | Emphasis | Strong | Link | Break | InlineCode;

modelRegistry.add(TextSchema, { id: 'Text', description: 'Plain text.' });
modelRegistry.add(EmphasisSchema, { id: 'Emphasis', description: 'Stressed emphasis, usually italic.' });
modelRegistry.add(StrongSchema, { id: 'Strong', description: 'Strong importance, usually bold.' });
modelRegistry.add(LinkSchema, { id: 'Link', description: 'A hyperlink.' });
modelRegistry.add(BreakSchema, { id: 'Break', description: 'A hard line break.' });
modelRegistry.add(InlineCodeSchema, { id: 'InlineCode', description: 'Inline code.' });
modelRegistry.add(InlineSchema, { id: 'Inline', description: 'Phrasing content.' });
