export * from './decode.js';
export { cp1252Byte, cp1252CharCode, isUndefinedInCp1252 } from './cp1252.js';
export { type BinaryEvidence, scanForBinary } from './looks-binary.js';
