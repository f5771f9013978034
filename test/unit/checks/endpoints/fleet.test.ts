// Hand-written fleets (one folder per platform or theme under fleet/), each with its ground truth:
// every decision of the endpoints check, per endpoint and rule, and the halt list must agree.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementTable, disagreements, isFleetFolder, judgeFleet, type FleetResult } from '../../../helpers/endpoint-fleet.js';

const ROOT = join(import.meta.dirname, 'fleet');
const FLEETS = readdirSync(ROOT).filter((d) => isFleetFolder(join(ROOT, d))).sort();
const results: FleetResult[] = [];

describe('endpoint fleets against their ground truth', () => {
  it.each(FLEETS)('%s: every decision and the halt list', async (name) => {
    const r = await judgeFleet(join(ROOT, name));
    results.push(r);
    expect({ missing: r.missing, unexpected: r.unexpected }).toEqual({ missing: [], unexpected: [] });
    expect(disagreements(r)).toEqual([]);
    expect(r.halt.actual).toEqual(r.halt.expected);
  });

  afterAll(() => {
    // The agreement table by rule and platform, for the issue note: MODELGATE_FLEET_TABLE=1.
    if (process.env.MODELGATE_FLEET_TABLE) console.log(agreementTable(results));
  });
});
