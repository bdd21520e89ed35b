// Reads a gold labels file: one JSON object a line, in the format of ../shared/eval/README.md.

/** @typedef {import('./article-fields.mjs').TextLabel} TextLabel */

/**
 * Parse a labels file. A malformed line is an error naming the file and line: scoring a
 * partial labels file would give figures that look right and are not.
 * @param {string} text
 * @param {string} [name] the file name, for messages
 * @returns {TextLabel[]}
 */
export function parseLabels(text, name = 'labels') {
  /** @type {TextLabel[]} */
  const labels = [];
  // A byte order mark is not JSON; CRLF line ends are (\r is JSON white space).
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${name}:${index + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const problem = labelProblem(value);
    if (problem) throw new Error(`${name}:${index + 1}: ${problem}`);
    labels.push(/** @type {TextLabel} */ (value));
  });
  return labels;
}

/**
 * What is wrong with a label, or undefined. Checks what scoring relies on, not every detail.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function labelProblem(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'a label must be a JSON object';
  const label = /** @type {Record<string, unknown>} */ (value);
  if (typeof label.file !== 'string' || label.file === '') return '"file" must be a non-empty string';
  if (label.title !== null && typeof label.title !== 'string') return '"title" must be a string or null';
  if (!isNullOrObject(label.dateline)) return '"dateline" must be an object or null';
  if (!isStringArray(label.authors)) return '"authors" must be an array of strings';
  if (!isNullOrObject(label.leadImage)) return '"leadImage" must be an object or null';
  if (!isNullOrObject(label.source)) return '"source" must be an object or null';
  if (!Array.isArray(label.boilerplate) || !label.boilerplate.every(isBoilerplate)) {
    return '"boilerplate" must be an array of {text, kind}';
  }
  if (typeof label.paragraphs !== 'number' || !Number.isInteger(label.paragraphs)) return '"paragraphs" must be an integer';
  if (!isStringArray(label.headings)) return '"headings" must be an array of strings';
  if (typeof label.firstWords !== 'string' || typeof label.lastWords !== 'string') return '"firstWords" and "lastWords" must be strings';
  return undefined;
}

/** @param {unknown} value */
const isNullOrObject = (value) => value === null || (typeof value === 'object' && !Array.isArray(value));
/** @param {unknown} value */
const isStringArray = (value) => Array.isArray(value) && value.every((item) => typeof item === 'string');
/** @param {unknown} item */
function isBoilerplate(item) {
  if (typeof item !== 'object' || item === null) return false;
  const { text, kind } = /** @type {Record<string, unknown>} */ (item);
  return typeof text === 'string' && typeof kind === 'string';
}
