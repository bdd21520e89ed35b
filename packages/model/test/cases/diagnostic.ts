import { type InvalidCase, POSITION, type ValidCase, withDiagnostic } from './embed-in-article.js';

const diagnostic = { code: 'decode/windows-1252', severity: 'info', message: 'Read as Windows-1252: the bytes are not valid UTF-8.' };

export const validDiagnostics: ValidCase[] = [
  ...['error', 'warning', 'info'].map((severity) => ({ name: `diagnostic of severity ${severity}`, document: withDiagnostic({ ...diagnostic, severity }) })),
  { name: 'diagnostic with a position', document: withDiagnostic({ ...diagnostic, position: POSITION }) },
];

export const invalidDiagnostics: InvalidCase[] = [
  { name: 'diagnostic of an unknown severity', document: withDiagnostic({ ...diagnostic, severity: 'fatal' }), path: '/diagnostics/0/severity' },
  { name: 'diagnostic with an empty code', document: withDiagnostic({ ...diagnostic, code: '' }), path: '/diagnostics/0/code' },
  { name: 'diagnostic without a message', document: withDiagnostic({ code: 'x', severity: 'error' }), path: '/diagnostics/0/message' },
  { name: 'diagnostic with a string position', document: withDiagnostic({ ...diagnostic, position: '1:1' }), path: '/diagnostics/0/position' },
];
