export * from './normalise.js';
export { REPAIR_CODES, type RepairKind } from './repair-log.js';
