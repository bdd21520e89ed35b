import type { z } from 'zod';
import { type Article, ArticleSchema, MODEL_MAJOR } from './article.js';

/** One reason a value is not a valid article: where (a JSON path) and what. */
export interface ValidationIssue {
  /** JSON-pointer-like path, e.g. `/children/3/children/0/value`; `/` for the root. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; article: Article } | { ok: false; errors: ValidationIssue[] };

/**
 * Check that `value` is a Copydesk article of this major version.
 *
 * @example
 * const result = validateArticle(JSON.parse(text));
 * if (result.ok) use(result.article);
 * else for (const e of result.errors) console.error(`${e.path}: ${e.message}`);
 */
export function validateArticle(value: unknown): ValidationResult {
  const versionError = checkVersion(value);
  if (versionError) return { ok: false, errors: [versionError] };
  const parsed = ArticleSchema.safeParse(value);
  if (parsed.success) return { ok: true, article: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(toIssue) };
}

/**
 * Like `validateArticle`, but returns the article or throws an `ArticleValidationError`
 * listing every problem.
 */
export function assertArticle(value: unknown): Article {
  const result = validateArticle(value);
  if (result.ok) return result.article;
  throw new ArticleValidationError(result.errors);
}

export class ArticleValidationError extends Error {
  readonly errors: ValidationIssue[];
  constructor(errors: ValidationIssue[]) {
    super(`invalid article:\n${errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
    this.name = 'ArticleValidationError';
    this.errors = errors;
  }
}

/** A document of another major version gets one clear error rather than a cascade of field errors. */
function checkVersion(value: unknown): ValidationIssue | undefined {
  if (typeof value !== 'object' || value === null || !('version' in value)) return undefined;
  const version = (value as { version: unknown }).version;
  if (typeof version !== 'string') return undefined;
  const major = Number.parseInt(version, 10);
  if (Number.isNaN(major) || major === MODEL_MAJOR) return undefined;
  return {
    path: '/version',
    message: `unsupported model version ${version}: this package reads version ${MODEL_MAJOR}.x.y documents`,
  };
}

function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.length === 0 ? '/' : `/${issue.path.map(String).join('/')}`;
  return { path, message: issue.message };
}
