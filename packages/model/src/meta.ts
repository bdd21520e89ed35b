import { z } from 'zod';
import { modelRegistry } from './registry.js';
import { FigureSchema } from './block.js';
import { PositionSchema } from './position.js';

/** A person or desk credited in the byline. */
export const AuthorSchema = z
  .strictObject({
    name: z.string().min(1),
    /** What the byline says they are: "Staff Writer", "Reuters". */
    role: z.string().optional(),
    url: z.string().optional(),
  });

/** The wire-style lead-in: `LISBON (Reuters) -` has place LISBON and agency Reuters. */
export const DatelineSchema = z
  .strictObject({
    /** The prefix exactly as written, separator included. */
    text: z.string(),
    place: z.string().nullable(),
    agency: z.string().nullable(),
    /** The date as written in the dateline ("March 3"), not normalised. */
    date: z.string().nullable(),
    position: PositionSchema.optional(),
  });

/** Where the article was found and where it first appeared. */
export const SourceSchema = z
  .strictObject({
    name: z.string().optional(),
    url: z.string().optional(),
    originalPublisher: z.string().optional(),
    originalUrl: z.string().optional(),
  });

/** Counts derived from the body (see `computeStats`). */
export const StatsSchema = z
  .strictObject({
    words: z.number().int().min(0),
    characters: z.number().int().min(0),
    paragraphs: z.number().int().min(0),
    readingMinutes: z.number().int().min(0),
  });

/**
 * ISO 8601 date or date-time, as found or normalised by a reader. The union carries its own
 * message: zod's default for a failed union is a bare "Invalid input".
 */
const isoDate = z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()], {
  error: 'expected an ISO 8601 date (2016-10-31) or date-time (2016-10-31T09:30:00Z)',
});

/**
 * Where metadata that is a plain string in `meta` was found in the input, so that title,
 * metadata, body and removed spans together account for the whole input.
 */
export const MetaPositionsSchema = z.strictObject({
  title: PositionSchema.optional(),
  subtitle: PositionSchema.optional(),
  byline: PositionSchema.optional(),
  published: PositionSchema.optional(),
});

/** What the article is, as opposed to what it says. */
export const MetaSchema = z
  .strictObject({
    title: z.string().optional(),
    subtitle: z.string().optional(),
    authors: z.array(AuthorSchema),
    dateline: DatelineSchema.optional(),
    published: isoDate.optional(),
    modified: isoDate.optional(),
    /** BCP 47 language tag, e.g. `en`, `pt-BR`. */
    language: z.string().optional(),
    source: SourceSchema.optional(),
    leadImage: FigureSchema.optional(),
    tags: z.array(z.string()),
    stats: StatsSchema.optional(),
    positions: MetaPositionsSchema.optional(),
  });

export interface Author extends z.infer<typeof AuthorSchema> {}
export interface Dateline extends z.infer<typeof DatelineSchema> {}
export interface Source extends z.infer<typeof SourceSchema> {}
export interface Stats extends z.infer<typeof StatsSchema> {}
export interface MetaPositions extends z.infer<typeof MetaPositionsSchema> {}
export interface Meta extends z.infer<typeof MetaSchema> {}

modelRegistry.add(AuthorSchema, { id: 'Author', description: 'A person or desk credited in the byline.' });
modelRegistry.add(DatelineSchema, { id: 'Dateline', description: 'The wire-style lead-in of the first paragraph.' });
modelRegistry.add(SourceSchema, { id: 'Source', description: 'Where the article was found and where it first appeared.' });
modelRegistry.add(StatsSchema, { id: 'Stats', description: 'Counts derived from the body.' });
modelRegistry.add(MetaPositionsSchema, { id: 'MetaPositions', description: 'Where string metadata was found in the input.' });
modelRegistry.add(MetaSchema, { id: 'Meta', description: 'What the article is, as opposed to what it says.' });
