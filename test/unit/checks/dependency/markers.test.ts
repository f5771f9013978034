import { describe, expect, it } from 'vitest';
import { applyMarkers, compare, evaluateMarker, markerText, parseMarker } from '../../../../checks/dependency/markers.js';
import { parsePipfileLock } from '../../../../checks/dependency/parsers/pipfile-lock.js';
import { parsePoetryLock } from '../../../../checks/dependency/parsers/poetry-lock.js';
import { parseRequirements } from '../../../../checks/dependency/parsers/requirements.js';

const env = { python_version: '3.11', python_full_version: '3.11.4', sys_platform: 'linux', os_name: 'posix', platform_system: 'Linux', implementation_name: 'cpython' };
const applies = (marker: string, e: Record<string, string> = env) => evaluateMarker(parseMarker(marker), e).applies;

describe('PEP 508 environment markers', () => {
  it('version comparisons use PEP 440 (3.10 > 3.9), strings compare as strings', () => {
    expect(applies('python_version >= "3.10"')).toBe(true);
    expect(applies('python_version < "3.9"')).toBe(false); // string comparison would say "3.11" < "3.9"
    expect(applies('python_full_version ~= "3.11.0"')).toBe(true);
    expect(applies('python_version == "3.11.*"')).toBe(true);
    expect(applies('python_version != "3.11"')).toBe(false);
    expect(applies('"3.8" < python_version')).toBe(true); // the variable on the right
    expect(applies('sys_platform == "linux" and os_name != "nt"')).toBe(true);
    expect(applies('sys_platform == "win32" or platform_system == "Darwin"')).toBe(false);
    expect(applies('"linux" in sys_platform')).toBe(true);
    expect(applies('"win" not in sys_platform')).toBe(true);
    expect(applies('(python_version < "3.8" or sys_platform == "linux") and implementation_name == "cpython"')).toBe(true);
  });

  it('extra is empty (a requirements file installs no extra)', () => {
    expect(applies('extra == "gpu"')).toBe(false);
    expect(applies('extra == "gpu" or python_version >= "3"')).toBe(true);
  });

  it('a variable the environment lacks: undecided unless the other side of and/or decides', () => {
    expect(evaluateMarker(parseMarker('platform_machine == "x86_64"'), env)).toEqual({ applies: undefined, missing: ['platform_machine'] });
    expect(applies('platform_machine == "x86_64" and sys_platform == "win32"')).toBe(false);
    expect(applies('platform_machine == "x86_64" or sys_platform == "linux"')).toBe(true);
  });

  it('string fallbacks and the undefined comparison follow packaging', () => {
    expect(compare('linux', '==', 'linux')).toBe(true);
    expect(compare('posix', '<', 'win')).toBe(true);
    expect(compare('1.0', '===', '1.0')).toBe(true);
    expect(() => compare('linux', '~=', 'lin')).toThrow(/not PEP 440 versions/);
    expect(() => parseMarker('python_version >>> "3"')).toThrow(/cannot parse environment marker/);
  });

  it('the requirements parser keeps the marker text; applyMarkers splits checked, excluded and undecided', () => {
    const deps = parseRequirements('a==1 ; python_version < "3.8"\nb==2;sys_platform=="linux"\nc @ https://x.example/c.whl ; os_name == "nt"\nd==4\ne==5; platform_machine == "arm64"\n', 'r.txt', { scope: 'runtime' }).dependencies;
    expect(deps.map((d) => d.marker)).toEqual(['python_version < "3.8"', 'sys_platform=="linux"', 'os_name == "nt"', undefined, 'platform_machine == "arm64"']);
    const out = applyMarkers(deps, env);
    expect(out.checked.map((d) => d.name)).toEqual(['b', 'd', 'e']);
    expect(out.excluded.map((x) => x.dep.name)).toEqual(['a', 'c']);
    expect(out.undecided.map((x) => [x.dep.name, x.missing])).toEqual([['e', ['platform_machine']]]);
    expect(applyMarkers(deps, undefined).checked).toHaveLength(5); // no environment: everything is checked
    expect(markerText('name @ https://x.example/a;b.whl ; os_name == "nt"')).toBe('os_name == "nt"');
  });

  it('Pipfile.lock and poetry.lock record markers per package', () => {
    const pipfile = JSON.stringify({ _meta: { 'pipfile-spec': 6 }, default: { pywin32: { version: '==306', markers: "sys_platform == 'win32'" }, six: { version: '==1.16.0' } } }, null, 2);
    expect(parsePipfileLock(pipfile, 'Pipfile.lock').dependencies.map((d) => [d.name, d.marker])).toEqual([['pywin32', "sys_platform == 'win32'"], ['six', undefined]]);
    const poetry = '[[package]]\nname = "colorama"\nversion = "0.4.6"\nmarkers = "platform_system == \\"Windows\\""\n\n[metadata]\nlock-version = "2.0"\n';
    const [dep] = parsePoetryLock(poetry, 'poetry.lock').dependencies;
    expect(dep!.marker).toBe('platform_system == "Windows"');
    expect(applyMarkers([dep!], { platform_system: 'Linux' }).excluded).toHaveLength(1);
  });
});
