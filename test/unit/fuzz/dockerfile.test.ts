// Fuzz of the Dockerfile reader: parse, then the rules the container-image check runs on the result.
// A syntax error is DockerfileSyntaxError (the check turns it into a ConfigError at its line).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { DockerfileSyntaxError, parseDockerfile } from '../../../checks/container-image/dockerfile/parse.js';
import { checkDockerfile } from '../../../checks/container-image/dockerfile/rules.js';
import { mutatedText, plantedSecret, randomText, token } from '../../helpers/fuzz-inputs.js';
import { fuzzReader } from '../../helpers/fuzz-property.js';

const DIGEST = 'a'.repeat(64);
const SEEDS = [
  `# syntax=docker/dockerfile:1\nFROM python:3.12-slim@sha256:${DIGEST} AS build\nARG V=1\nWORKDIR /srv\nCOPY --chown=1:1 requirements.txt .\nRUN pip install -r requirements.txt \\\n  && rm -rf /root/.cache\nFROM build\nENV A=1 B="two words"\nUSER 10001\nEXPOSE 8080/tcp\nHEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]\nCMD ["python", "serve.py"]\n`,
  `# escape=\`\nARG BASE=alpine\nFROM \${BASE}:3\nRUN <<EOF\necho hi\nEOF\nCOPY <<-EOT /etc/x\n\tdata\nEOT\nLABEL a=b c="d e"\nONBUILD RUN x\nSHELL ["/bin/sh", "-c"]\nENTRYPOINT exec app\n`,
];

/** The parse and the rules, as the container-image check runs them; what the findings say. */
function readDockerfile(text: string): string {
  const parsed = parseDockerfile(text);
  const r = checkDockerfile(parsed, { file: 'Dockerfile', allowedEnv: [], allowRootUser: false, allowedPorts: [8080] });
  return r.findings.map((f) => f.message).join('\n');
}

const base = { reader: 'dockerfile', expected: (e: unknown) => e instanceof DockerfileSyntaxError, call: readDockerfile, said: (r: unknown) => String(r) };

// A credential in ENV, ARG, LABEL and RUN values and in the user-info of an ADD or RUN URL, placed
// anywhere after FROM, with hostile text beside it.
const SECRET_LINES = [
  (s: string, n: string) => `ENV API_TOKEN=${s} NOTE=${JSON.stringify(n)}`,
  (s: string) => `ARG TOKEN=${s}`,
  (s: string, n: string) => `LABEL token="${s}" note=${JSON.stringify(n)}`,
  (s: string) => `RUN curl -H "Authorization: token ${s}" https://files.example/x`,
  (s: string, n: string) => `ADD https://user:${s}@files.example/${encodeURIComponent(n.replace(/[\s\uD800-\uDFFF]/g, ''))} /tmp/x`,
  (s: string) => `RUN curl -fsSL https://${s}@files.example/install.sh | sh`,
];
const planted = fc.record({ secret: plantedSecret, noise: token, kind: fc.nat({ max: SECRET_LINES.length - 1 }), line: fc.nat({ max: 12 }) }).map(({ secret, noise, kind, line }) => {
  const lines = SEEDS[0]!.split('\n');
  lines.splice(2 + (line % (lines.length - 2)), 0, SECRET_LINES[kind]!(secret, noise));
  return { text: lines.join('\n'), secret };
});

describe('fuzz: Dockerfile', () => {
  it('random text', async () => {
    await fuzzReader(randomText, { ...base, property: 'random text', share: 0.03 });
  });
  it('mutated valid Dockerfiles', async () => {
    await fuzzReader(mutatedText(SEEDS), { ...base, property: 'mutated seeds', share: 0.05 });
  });
  it('a planted credential never reaches an error or a finding', async () => {
    await fuzzReader(planted, { ...base, property: 'planted secret', share: 0.02, call: (p) => readDockerfile(p.text), secrets: (p) => [p.secret] });
  });
});
