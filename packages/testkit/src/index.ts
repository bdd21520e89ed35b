export * from './arbitrary.js';
export * from './fixtures.js';
export * from './handmade.js';
