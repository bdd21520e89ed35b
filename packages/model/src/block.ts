import { z } from 'zod';
import { modelRegistry } from './registry.js';
import { type Inline, InlineSchema } from './inline.js';
import { PositionSchema } from './position.js';
import { RemovedKindSchema } from './removed.js';

/**
 * Set on a block kept in the body although it was recognised as boilerplate
 * (the parser's `keepBoilerplate` option), so renderers and users can tell.
 */
export const BoilerplateTagSchema = z
  .strictObject({ kind: RemovedKindSchema, reason: z.string().min(1) });

/** A paragraph of running text. */
export const ParagraphSchema = z
  .strictObject({
    type: z.literal('paragraph'),
    get children(): z.ZodArray<z.ZodType<Inline>> {
      return z.array(InlineSchema);
    },
    boilerplate: BoilerplateTagSchema.optional(),
    position: PositionSchema.optional(),
  });

/** A subheading in the body. Depth 1 is reserved for the article title. */
export const HeadingSchema = z
  .strictObject({
    type: z.literal('heading'),
    depth: z.number().int().min(2).max(6),
    get children(): z.ZodArray<z.ZodType<Inline>> {
      return z.array(InlineSchema);
    },
    position: PositionSchema.optional(),
  });

/** A quoted passage, optionally attributed ("— Jane Roe, spokeswoman"). */
export const BlockquoteSchema = z
  .strictObject({
    type: z.literal('blockquote'),
    get children(): z.ZodArray<z.ZodType<Block>> {
      return z.array(BlockSchema);
    },
    attribution: z.string().optional(),
    position: PositionSchema.optional(),
  });

/** One item of a list; holds blocks (usually one paragraph). */
export const ListItemSchema = z
  .strictObject({
    type: z.literal('listItem'),
    get children(): z.ZodArray<z.ZodType<Block>> {
      return z.array(BlockSchema);
    },
    position: PositionSchema.optional(),
  });

/** A bulleted (`ordered: false`) or numbered list. `start` is the first number of an ordered list. */
export const ListSchema = z
  .strictObject({
    type: z.literal('list'),
    ordered: z.boolean(),
    start: z.number().int().min(0).optional(),
    children: z.array(ListItemSchema),
    position: PositionSchema.optional(),
  });

/** The picture itself: where it is and what it shows for those who cannot see it. */
export const ImageSchema = z
  .strictObject({
    url: z.string(),
    alt: z.string().optional(),
    title: z.string().optional(),
  });

/**
 * A picture with its caption and credit. Plain-text sources often have a caption and credit
 * but no image URL, so `image` is optional.
 */
export const FigureSchema = z
  .strictObject({
    type: z.literal('figure'),
    image: ImageSchema.optional(),
    get caption(): z.ZodOptional<z.ZodArray<z.ZodType<Inline>>> {
      return z.array(InlineSchema).optional();
    },
    credit: z.string().optional(),
    position: PositionSchema.optional(),
  });

/** Third-party content (a tweet, a video) kept as a link and fallback text, never raw HTML. */
export const EmbedSchema = z
  .strictObject({
    type: z.literal('embed'),
    url: z.string(),
    provider: z.string().optional(),
    fallback: z.string(),
    position: PositionSchema.optional(),
  });

/** A scene break between sections (`***`, `* * *`). */
export const ThematicBreakSchema = z
  .strictObject({ type: z.literal('thematicBreak'), position: PositionSchema.optional() });

/** Flow content: what the article body and blockquotes hold. */
export const BlockSchema: z.ZodType<Block> = z.discriminatedUnion('type', [
    ParagraphSchema,
    HeadingSchema,
    BlockquoteSchema,
    ListSchema,
    FigureSchema,
    EmbedSchema,
    ThematicBreakSchema,
  ]);

export interface BoilerplateTag extends z.infer<typeof BoilerplateTagSchema> {}
export interface Paragraph extends z.infer<typeof ParagraphSchema> {}
export interface Heading extends z.infer<typeof HeadingSchema> {}
export interface Blockquote extends z.infer<typeof BlockquoteSchema> {}
export interface ListItem extends z.infer<typeof ListItemSchema> {}
export interface List extends z.infer<typeof ListSchema> {}
export interface Image extends z.infer<typeof ImageSchema> {}
export interface Figure extends z.infer<typeof FigureSchema> {}
export interface Embed extends z.infer<typeof EmbedSchema> {}
export interface ThematicBreak extends z.infer<typeof ThematicBreakSchema> {}
export type Block = Paragraph | Heading | Blockquote | List | Figure | Embed | ThematicBreak;

modelRegistry.add(BoilerplateTagSchema, { id: 'BoilerplateTag', description: 'Marks a block kept in the body that was recognised as boilerplate.' });
modelRegistry.add(ParagraphSchema, { id: 'Paragraph', description: 'A paragraph of running text.' });
modelRegistry.add(HeadingSchema, { id: 'Heading', description: 'A subheading (depth 2 to 6; the title is depth 1).' });
modelRegistry.add(BlockquoteSchema, { id: 'Blockquote', description: 'A quoted passage with optional attribution.' });
modelRegistry.add(ListItemSchema, { id: 'ListItem', description: 'One item of a list.' });
modelRegistry.add(ListSchema, { id: 'List', description: 'A bulleted or numbered list.' });
modelRegistry.add(ImageSchema, { id: 'Image', description: 'An image resource.' });
modelRegistry.add(FigureSchema, { id: 'Figure', description: 'An image with caption and credit.' });
modelRegistry.add(EmbedSchema, { id: 'Embed', description: 'Third-party content kept as a link and fallback text.' });
modelRegistry.add(ThematicBreakSchema, { id: 'ThematicBreak', description: 'A scene break.' });
modelRegistry.add(BlockSchema, { id: 'Block', description: 'Flow content.' });
