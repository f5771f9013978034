// The registry: id → check. The gate reaches checks only through this list (src/registry.ts).
import type { AnyCheck } from '../src/check.js';
import { bias } from './bias/index.js';
import { containerImage } from './container-image/index.js';
import { dependency } from './dependency/index.js';
import { endpoints } from './endpoints/index.js';
import { lineage } from './lineage/index.js';
import { pii } from './pii/index.js';

export const checks: readonly AnyCheck[] = [dependency, containerImage, pii, bias, lineage, endpoints];
