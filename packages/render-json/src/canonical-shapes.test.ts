import * as model from '@copydesk/model';
import { describe, expect, it } from 'vitest';
import { NODE_SHAPES, OBJECT_SHAPES } from './canonical-shapes.js';

/** Each canonical key order next to the zod schema it must follow. */
const PAIRS: [string, readonly string[], { shape: Record<string, unknown> }][] = [
  ['Article', NODE_SHAPES.article.keys, model.ArticleSchema],
  ['Paragraph', NODE_SHAPES.paragraph.keys, model.ParagraphSchema],
  ['Heading', NODE_SHAPES.heading.keys, model.HeadingSchema],
  ['Blockquote', NODE_SHAPES.blockquote.keys, model.BlockquoteSchema],
  ['List', NODE_SHAPES.list.keys, model.ListSchema],
  ['ListItem', NODE_SHAPES.listItem.keys, model.ListItemSchema],
  ['Figure', NODE_SHAPES.figure.keys, model.FigureSchema],
  ['Embed', NODE_SHAPES.embed.keys, model.EmbedSchema],
  ['ThematicBreak', NODE_SHAPES.thematicBreak.keys, model.ThematicBreakSchema],
  ['Text', NODE_SHAPES.text.keys, model.TextSchema],
  ['Emphasis', NODE_SHAPES.emphasis.keys, model.EmphasisSchema],
  ['Strong', NODE_SHAPES.strong.keys, model.StrongSchema],
  ['Link', NODE_SHAPES.link.keys, model.LinkSchema],
  ['Break', NODE_SHAPES.break.keys, model.BreakSchema],
  ['InlineCode', NODE_SHAPES.code.keys, model.InlineCodeSchema],
  ['Removed', NODE_SHAPES.removed.keys, model.RemovedSchema],
  ['Point', OBJECT_SHAPES.point.keys, model.PointSchema],
  ['Position', OBJECT_SHAPES.position.keys, model.PositionSchema],
  ['BoilerplateTag', OBJECT_SHAPES.boilerplate.keys, model.BoilerplateTagSchema],
  ['Image', OBJECT_SHAPES.image.keys, model.ImageSchema],
  ['Author', OBJECT_SHAPES.author.keys, model.AuthorSchema],
  ['Dateline', OBJECT_SHAPES.dateline.keys, model.DatelineSchema],
  ['Source', OBJECT_SHAPES.source.keys, model.SourceSchema],
  ['Stats', OBJECT_SHAPES.stats.keys, model.StatsSchema],
  ['MetaPositions', OBJECT_SHAPES.metaPositions.keys, model.MetaPositionsSchema],
  ['Meta', OBJECT_SHAPES.meta.keys, model.MetaSchema],
  ['Diagnostic', OBJECT_SHAPES.diagnostic.keys, model.DiagnosticSchema],
];

describe('canonical key order', () => {
  it.each(PAIRS)('%s follows the order of its schema', (_name, keys, schema) => {
    expect(keys).toEqual(Object.keys(schema.shape));
  });

  it('puts type first and position last on every node', () => {
    for (const shape of Object.values(NODE_SHAPES)) {
      expect(shape.keys[0]).toBe('type');
      if (shape.name !== 'article') expect(shape.keys.at(-1)).toBe('position');
    }
  });
});
