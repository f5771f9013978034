import { describe, expect, it } from 'vitest';
import { loadManifest } from '../../../src/manifest/load.js';
import { checks } from '../../../checks/index.js';
import { tempWorkspace } from '../../helpers/workspace.js';

const head = (kind: string) => `apiVersion: modelgate.dev/v1\nkind: ${kind}\nmetadata:\n  name: serving\n  version: "2026.11"\n  owner: platform@example.com\n`;

describe('kind: Fleet', () => {
  it('holds only endpoints; other sections and a missing endpoints section are errors at their line', () => {
    const ws = tempWorkspace({
      'ok.yaml': `${head('Fleet')}endpoints: {}\n`,
      'extra.yaml': `${head('Fleet')}endpoints: {}\nmodel:\n  artifacts: []\n`,
      'none.yaml': head('Fleet'),
      'bad.yaml': head('Fleets'),
    });
    expect(loadManifest(ws, 'ok.yaml', checks).data.kind).toBe('Fleet');
    expect(() => loadManifest(ws, 'extra.yaml', checks)).toThrow(/^extra\.yaml:9:3: model: a Fleet manifest holds only `endpoints`/);
    expect(() => loadManifest(ws, 'none.yaml', checks)).toThrow(/^none\.yaml:2:7: kind: a Fleet manifest needs an `endpoints` section/);
    expect(() => loadManifest(ws, 'bad.yaml', checks)).toThrow(/^bad\.yaml:2:7: kind: expected one of "ModelRelease"|"Fleet"/);
  });
});
