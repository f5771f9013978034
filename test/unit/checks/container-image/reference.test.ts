import { describe, expect, it } from 'vitest';
import { parseImageReference, registryAllowed } from '../../../../checks/container-image/reference.js';

const HEX = 'a'.repeat(64);

describe('parseImageReference', () => {
  it('applies Docker Hub defaults', () => {
    expect(parseImageReference('python')).toMatchObject({ registry: 'docker.io', repository: 'library/python', implicitLatest: true, pinned: false, normalized: 'docker.io/library/python' });
    expect(parseImageReference('acme/server:1.2')).toMatchObject({ registry: 'docker.io', repository: 'acme/server', tag: '1.2', normalized: 'docker.io/acme/server:1.2' });
    expect(parseImageReference('index.docker.io/library/python:3.12').normalized).toBe('docker.io/library/python:3.12');
  });
  it('reads registries with ports, localhost, tags and digests', () => {
    const r = parseImageReference(`ghcr.io:443/acme/model/server:v1.0@sha256:${HEX}`);
    expect(r).toMatchObject({ registry: 'ghcr.io:443', repository: 'acme/model/server', tag: 'v1.0', digest: `sha256:${HEX}`, pinned: true, implicitLatest: false });
    expect(parseImageReference('localhost/app').registry).toBe('localhost');
    expect(parseImageReference('localhost:5000/app:dev')).toMatchObject({ registry: 'localhost:5000', repository: 'app', tag: 'dev' });
    expect(parseImageReference(`app@sha256:${HEX}`)).toMatchObject({ pinned: true, normalized: `docker.io/library/app@sha256:${HEX}` });
  });
  it('pins only with sha256 and 64 lowercase hex characters', () => {
    expect(parseImageReference(`app@sha256:${'A'.repeat(64)}`).pinned).toBe(false);
    expect(parseImageReference(`app@sha512:${'a'.repeat(128)}`).pinned).toBe(false);
    expect(parseImageReference(`app@sha256:${'a'.repeat(32)}`).pinned).toBe(false);
  });
  it.each([
    ['', 'empty'],
    ['Python', 'lowercase'],
    ['app:', 'tag'],
    ['app:-bad', 'tag'],
    ['app@sha256:xyz', 'digest'],
    ['https://ghcr.io/app', 'scheme'],
    ['ghcr.io//app', 'empty path'],
    ['app name', 'white space'],
    [`a/${'b'.repeat(300)}`, 'longer'],
  ])('rejects %j', (input, why) => {
    expect(() => parseImageReference(input)).toThrow(why);
  });
});

describe('registryAllowed', () => {
  const ref = (s: string) => parseImageReference(s);
  it('matches prefixes of the normalised reference on a boundary', () => {
    expect(registryAllowed(ref('ghcr.io/acme/x:1'), ['ghcr.io/acme'])).toBe('ghcr.io/acme');
    expect(registryAllowed(ref('ghcr.io/acme-evil/x:1'), ['ghcr.io/acme'])).toBeUndefined();
    expect(registryAllowed(ref('ghcr.io/acme-evil/x:1'), ['ghcr.io/acme-'])).toBeUndefined();
    expect(registryAllowed(ref('python:3.12'), ['docker.io/library/'])).toBe('docker.io/library/');
    expect(registryAllowed(ref('python:3.12'), ['index.docker.io/library'])).toBe('index.docker.io/library');
    expect(registryAllowed(ref('GHCR.IO/acme/x'), ['ghcr.io'])).toBe('ghcr.io');
    expect(registryAllowed(ref('ghcr.io.evil.com/acme/x'), ['ghcr.io'])).toBeUndefined();
  });
});
