// Every valid and invalid case, grouped by what they exercise.
import { invalidArticles, validArticles } from './article.js';
import { invalidBlocks, validBlocks } from './block.js';
import { invalidDiagnostics, validDiagnostics } from './diagnostic.js';
import type { InvalidCase, ValidCase } from './embed-in-article.js';
import { invalidInlines, validInlines } from './inline.js';
import { invalidMeta, validMeta } from './meta.js';
import { invalidPositions, validPositions } from './position.js';
import { invalidRemoved, validRemoved } from './removed.js';

export type { InvalidCase, ValidCase } from './embed-in-article.js';

export const caseGroups: { group: string; valid: ValidCase[]; invalid: InvalidCase[] }[] = [
  { group: 'article', valid: validArticles, invalid: invalidArticles },
  { group: 'meta', valid: validMeta, invalid: invalidMeta },
  { group: 'block', valid: validBlocks, invalid: invalidBlocks },
  { group: 'inline', valid: validInlines, invalid: invalidInlines },
  { group: 'removed', valid: validRemoved, invalid: invalidRemoved },
  { group: 'diagnostic', valid: validDiagnostics, invalid: invalidDiagnostics },
  { group: 'position', valid: validPositions, invalid: invalidPositions },
];

export const allValidCases: ValidCase[] = caseGroups.flatMap((g) => g.valid);
export const allInvalidCases: InvalidCase[] = caseGroups.flatMap((g) => g.invalid);
