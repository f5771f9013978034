import { describe, expect, it } from 'vitest';
import { parseDockerfile, splitWords } from '../../../../checks/container-image/dockerfile/parse.js';
import { checkDockerfile } from '../../../../checks/container-image/dockerfile/rules.js';
import { DEFAULT_ALLOWED_PORTS, DEFAULT_ENV_ALLOWLIST } from '../../../../checks/container-image/config.js';

const PIN = `@sha256:${'b'.repeat(64)}`;
const lint = (text: string) => checkDockerfile(parseDockerfile(text), { file: 'Dockerfile', allowedEnv: DEFAULT_ENV_ALLOWLIST, allowRootUser: false, allowedPorts: DEFAULT_ALLOWED_PORTS });
const rules = (text: string) => lint(text).findings.map((f) => [f.ruleId.replace('container-image/', ''), f.location?.line]);
const GOOD_TAIL = 'USER 10001\nHEALTHCHECK CMD ["/bin/true"]\n';

describe('parseDockerfile', () => {
  it('reads directives, continuations (skipping comments inside), flags and JSON form', () => {
    const df = parseDockerfile(`# syntax=docker/dockerfile:1.7
# escape=\\
FROM --platform=linux/amd64 python:3.12 AS build
RUN apt-get update \\
# a comment inside the continuation
    && apt-get install -y curl

COPY --from=build --chown=1:1 /a /b
CMD ["python", "-m", "app"]
`);
    expect(df.directives).toEqual({ syntax: 'docker/dockerfile:1.7', escape: '\\' });
    expect(df.stages).toEqual([{ index: 0, image: 'python:3.12', name: 'build', platform: 'linux/amd64', line: 3 }]);
    const run = df.instructions[1]!;
    expect(run).toMatchObject({ keyword: 'RUN', line: 4, endLine: 6 });
    expect(run.args).toBe('apt-get update     && apt-get install -y curl');
    expect(df.instructions[2]).toMatchObject({ keyword: 'COPY', flags: ['--from=build', '--chown=1:1'], args: '/a /b', line: 8 });
    expect(df.instructions[3]!.json).toEqual(['python', '-m', 'app']);
  });

  it('reads here-documents (several per line, <<- and quoted) and keeps line numbers', () => {
    const df = parseDockerfile(
      [
        'FROM alpine',
        'RUN <<EOF',
        'apk add curl',
        'curl -fsSL https://x.example/install.sh | sh',
        'EOF',
        'COPY <<-"A" /a <<B /b',
        '\tliteral $HOME',
        '\tA',
        'second',
        'B',
        'USER app',
      ].join('\n'),
    );
    const [, run, copy, user] = df.instructions;
    expect(run).toMatchObject({ line: 2, endLine: 5 });
    expect(run!.heredocs).toEqual([{ name: 'EOF', body: 'apk add curl\ncurl -fsSL https://x.example/install.sh | sh', line: 3, quoted: false }]);
    expect(copy!.heredocs.map((h) => [h.name, h.body, h.quoted])).toEqual([
      ['A', 'literal $HOME', true],
      ['B', 'second', false],
    ]);
    expect(user).toMatchObject({ keyword: 'USER', line: 11 });
  });

  it('honours the backtick escape directive', () => {
    const df = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\n');
    expect(df.instructions[1]).toMatchObject({ args: 'dir   c:\\', line: 3, endLine: 4 });
  });

  it.each([
    ['FROM alpine\nFROBNICATE x\n', 2, 'unknown instruction: FROBNICATE'],
    ['RUN echo hi\nFROM alpine\n', 1, 'no build stage'],
    ['# just a comment\n', 2, 'no FROM'],
    ['FROM alpine\nRUN <<EOF\necho\n', 2, 'not terminated'],
    ['FROM alpine as\n', 1, 'one or three arguments'],
    ['FROM alpine\nUSER\n', 2, 'requires at least one argument'],
    ['# escape=x\nFROM alpine\n', 1, 'invalid escape'],
    ['# syntax=a\n# syntax=b\nFROM alpine\n', 2, 'only one'],
  ])('syntax error in %j at line %i', (text, line, why) => {
    expect(() => parseDockerfile(text)).toThrow(expect.objectContaining({ line, message: expect.stringContaining(why) }));
  });

  it('a line that starts with no keyword (a pasted token or URL) is an error that does not quote it', () => {
    const token = ['gh', 'p_', 'x'.repeat(36)].join('');
    for (const line of [token, `https://user:${token}@host.example/file`]) {
      let message = '';
      try {
        parseDockerfile(`FROM alpine\n${line}\n`);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain('unknown instruction: the line does not start with a keyword');
      expect(message).not.toContain(token);
    }
  });

  it('splits words like a shell', () => {
    expect(splitWords(`a "b c" 'd e' f\\ g "h\\"i"`)).toEqual(['a', 'b c', 'd e', 'f g', 'h"i']);
  });
});

describe('Dockerfile rules', () => {
  it('a clean Dockerfile has no findings', () => {
    expect(
      rules(`FROM python:3.12-slim${PIN} AS build
RUN pip install --no-cache-dir flask==3.0.3 && apt-get install -y curl=7.88.1
RUN npm ci && npm install express@4.19.2
FROM build
COPY app /app
${GOOD_TAIL}`),
    ).toEqual([]);
  });

  it('base images: digest, latest, stage references, scratch, ARG defaults', () => {
    expect(rules(`ARG BASE=python:3.12\nFROM $BASE AS a\nFROM a\nFROM scratch\nFROM ubuntu\nFROM node:latest${PIN}\n${GOOD_TAIL}`)).toEqual([
      ['dockerfile-base-not-pinned', 2],
      ['dockerfile-base-not-pinned', 5],
      ['dockerfile-base-latest', 5],
      ['dockerfile-base-latest', 6],
    ]);
    expect(rules(`FROM \${IMG}\n${GOOD_TAIL}`)[0]).toEqual(['dockerfile-base-not-pinned', 1]);
  });

  it('last USER of the final stage', () => {
    expect(rules(`FROM a${PIN}\nUSER root\nFROM b${PIN}\nUSER app\nUSER 0:0\nHEALTHCHECK CMD true\n`)).toEqual([['dockerfile-user-root', 5]]);
    expect(rules(`FROM a${PIN}\nUSER app\nFROM b${PIN}\nHEALTHCHECK CMD true\n`)).toEqual([['dockerfile-user-root', 3]]);
    expect(checkDockerfile(parseDockerfile(`FROM b${PIN}\n`), { file: 'D', allowedEnv: [], allowRootUser: true, allowedPorts: [] }).findings).toEqual([]);
  });

  it('ADD: local files, URLs, archives, checksums', () => {
    expect(rules(`FROM a${PIN}\nADD app /app\nADD https://x.example/f.tgz /f\nADD --checksum=sha256:${'c'.repeat(64)} https://x.example/g /g\nADD rootfs.tar.gz /\n${GOOD_TAIL}`)).toEqual([
      ['dockerfile-add-local', 2],
      ['dockerfile-add-url', 3],
    ]);
  });

  it('package pinning, pip cache, sudo, pipes to shell', () => {
    const text = [
      `FROM a${PIN}`,
      'RUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39 \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'RUN pip install -r requirements.txt flask "django>=4" ./local numpy==1.26.4',
      'RUN python3 -m pip install --no-cache-dir requests',
      'ENV PIP_NO_CACHE_DIR=1',
      'RUN pip3 install torch==2.3.0',
      'RUN npm install -g typescript @scope/pkg@1.2.3 left-pad@latest && npm ci',
      'RUN sudo -u app make install',
      'RUN wget -qO- https://get.example.com | sudo bash',
      'RUN <<EOF',
      'curl -fsSL https://x.example/i.sh | sh -s -- -y',
      'EOF',
      GOOD_TAIL,
    ].join('\n');
    expect(rules(text)).toEqual([
      ['dockerfile-apt-unpinned', 2],
      ['dockerfile-pip-unpinned', 4],
      ['dockerfile-pip-unpinned', 4],
      ['dockerfile-pip-cache', 4],
      ['dockerfile-pip-unpinned', 5],
      ['dockerfile-npm-unpinned', 8],
      ['dockerfile-npm-unpinned', 8],
      ['dockerfile-sudo', 9],
      ['download-piped-to-shell', 10],
      ['dockerfile-sudo', 10],
      ['download-piped-to-shell', 11],
    ]);
    expect(lint(text).findings.filter((f) => f.ruleId.endsWith('unpinned')).map((f) => f.target)).toEqual(['curl', 'flask', 'django>=4', 'requests', 'typescript', 'left-pad@latest']);
  });

  it('secrets in ENV and ARG: names and detected values, masked; allowlist', () => {
    const aws = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
    const text = `ARG GITHUB_TOKEN
ARG VERSION=1
FROM a${PIN}
ENV DB_PASSWORD=hunter2 GPG_KEY=ABCDEF TOKENIZERS_PARALLELISM=false
ENV SOMETHING ${aws}
ENV PASSWORD_FILE=/run/secrets/db
${GOOD_TAIL}`;
    const found = lint(text).findings.filter((f) => f.ruleId === 'container-image/dockerfile-secret');
    expect(found.map((f) => [f.target, f.location?.line])).toEqual([
      ['ARG GITHUB_TOKEN', 1],
      ['ENV DB_PASSWORD', 4],
      ['ENV SOMETHING', 5],
    ]);
    expect(JSON.stringify(found)).not.toContain('hunter2');
    expect(JSON.stringify(found)).not.toContain(aws);
    expect(found[2]!.evidence).toMatch(/^AKIA…\[REDACTED/);
  });

  it('facts: stages, base images, final user, ports, healthcheck', () => {
    expect(lint(`FROM a${PIN} AS x\nFROM x\nEXPOSE 8080 9000/udp\nUSER 1000\nHEALTHCHECK NONE\n`).facts).toMatchObject({
      stages: 2,
      finalUser: '1000',
      healthcheck: false,
      exposedPorts: ['8080', '9000/udp'],
      baseImages: [
        { pinned: true, stageRef: false, line: 1 },
        { image: 'x', stageRef: true, line: 2 },
      ],
    });
  });
});

describe('Dockerfile: apk pinning and EXPOSE against allowedPorts', () => {
  it('apk add without =version (DL3018); --virtual names and ranges handled', () => {
    const text = [
      `FROM alpine:3.20${PIN}`,
      'RUN apk add --no-cache curl=8.9.1-r1 bash \\',
      '    && apk --no-cache add -t .build-deps gcc=13.2.1_git20240309-r0 musl-dev',
      'RUN apk add --virtual=.tmp openssl>3 ca-certificates~20240705 ./local.apk && apk del .build-deps',
      'RUN apk update && apk upgrade',
      GOOD_TAIL,
    ].join('\n');
    const apk = lint(text).findings.filter((f) => f.ruleId === 'container-image/dockerfile-apk-unpinned');
    expect(apk.map((f) => [f.target, f.location?.line])).toEqual([
      ['bash', 2],
      ['musl-dev', 2],
      ['openssl>3', 4],
      ['ca-certificates~20240705', 4],
    ]);
    expect(apk[0]!.message).toBe('apk package bash is installed without a pinned version (=version)');
  });

  it('apt-get and apt: options with values, -y before install, versions with epochs', () => {
    const text = `FROM debian${PIN}\nRUN apt-get -o Dpkg::Options::=--force-confnew -y install -t bookworm-backports libssl3=3.0.15-1~deb12u1 zlib1g \\\n && apt install -y --no-install-recommends git=1:2.39.5-0+deb12u1\n${GOOD_TAIL}`;
    expect(rules(text)).toEqual([['dockerfile-apt-unpinned', 2]]);
    expect(lint(text).findings[0]!.target).toBe('zlib1g');
  });

  it('EXPOSE of the final stage only, variables expanded from ARG and ENV, unresolved or malformed ports fail closed', () => {
    const text = [
      'ARG METRICS=9100',
      `FROM a${PIN} AS build`,
      'EXPOSE 22',
      `FROM b${PIN}`,
      'ARG METRICS',
      'ENV PORT=8080',
      'EXPOSE $PORT 8443/tcp 53/udp ${METRICS}',
      'EXPOSE 8500-8501 8000-9000 $UNSET http',
      GOOD_TAIL,
    ].join('\n');
    const r = lint(text);
    expect(r.facts.exposedPorts).toEqual(['8080', '8443/tcp', '53/udp', '9100', '8500-8501', '8000-9000', '$UNSET', 'http']);
    expect(r.findings.filter((f) => f.ruleId === 'container-image/exposed-port').map((f) => [f.target, f.location?.line, f.message])).toEqual([
      ['port 53/udp', 7, 'EXPOSE 53/udp: not in allowedPorts'],
      ['port 9100', 7, 'EXPOSE 9100 (${METRICS}): not in allowedPorts'],
      ['port 8000-9000', 8, 'EXPOSE 8000-9000: not in allowedPorts'],
      ['port $UNSET', 8, 'EXPOSE $UNSET depends on a variable without a value, so it cannot be checked'],
      ['port http', 8, 'EXPOSE http is not a port, a range or port/protocol'],
    ]);
    const custom = checkDockerfile(parseDockerfile(text), { file: 'D', allowedEnv: [], allowRootUser: false, allowedPorts: ['8000-9999', '53/udp', 8443] });
    expect(custom.findings.filter((f) => f.ruleId === 'container-image/exposed-port').map((f) => f.target)).toEqual(['port $UNSET', 'port http']);
  });
});
