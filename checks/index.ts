// The registry: id → check. The gate reaches checks only through this list.
import type { Check } from '../src/check.js';
import { lineage } from './lineage/index.js';

export const checks: readonly Check[] = [lineage as Check];
