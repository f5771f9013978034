// Set 8's operations files: credential files (.netrc, .npmrc, .pypirc, Docker config.json `auths`,
// git credential store lines, kubeconfig users) beside registry hosts, digests and placeholders;
// Prometheus/OpenMetrics exposition text and Alertmanager webhook alerts JSON.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone8 } from './phones.js';
import * as S from './secrets.js';
import * as V from './values.js';

function netrc(rng: Rng): Unit {
  const d = new Doc().add('machine ', N.registryHost(rng), '\n  login ', V.email(rng), '\n  password ', rng.chance(0.8) ? S.netrcPassword(rng) : N.placeholder(rng), '\n');
  if (rng.chance(0.5)) d.add('machine api.heroku.com\n  login ', V.email(rng), '\n  password ', S.anyToken(rng), '\n');
  return d.unit();
}

function npmrc(rng: Rng): Unit {
  const d = new Doc().add('registry=https://', N.registryHost(rng), '/\n//registry.npmjs.org/:_authToken=', rng.chance(0.75) ? S.npmToken(rng) : N.placeholder(rng), '\n');
  d.add('//npm.pkg.github.com/:_authToken=', S.githubToken(rng), '\nemail=', V.email(rng), '\nalways-auth=true\n');
  if (rng.chance(0.4)) d.add('# lockfile integrity ', N.sha256(rng), '\n');
  return d.unit();
}

function pypirc(rng: Rng): Unit {
  return new Doc().add('[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = ', rng.chance(0.8) ? S.pypiToken(rng) : N.placeholder(rng), '\n\n[internal]\nrepository = https://', N.registryHost(rng), '/simple/\nusername = ', V.email(rng), '\npassword = ', S.netrcPassword(rng), '\n').unit();
}

function dockerConfig(rng: Rng): Unit {
  const user = V.lowerWord(rng, 7);
  const d = new Doc().add('{\n  "auths": {\n    "https://', N.registryHost(rng), '/v1/": {\n      "auth": "', S.dockerAuth(rng, user), '"\n    },\n    "');
  d.add(N.registryHost(rng), '": {\n      "auth": "', S.dockerAuth(rng, V.lowerWord(rng, 6)), '",\n      "email": "', V.email(rng), '"\n    }\n  },\n  "credsStore": "desktop",\n  "currentContext": "default"\n}\n# pulled ', N.sha256(rng), '\n');
  return d.unit();
}

function gitCredentials(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(1, 3); i > 0; i--) {
    const gh = rng.chance(0.5);
    d.add(`https://${V.lowerWord(rng, rng.int(4, 9))}:`, gh ? S.githubToken(rng) : S.urlPassword(rng), `@${rng.pick(['github.com', 'gitlab.example.org', 'bitbucket.org', 'git.internal.corp'])}\n`);
  }
  if (rng.chance(0.4)) d.add('https://oauth2:', N.placeholder(rng), '@gitlab.com\n');
  return d.unit();
}

function kubeconfig(rng: Rng): Unit {
  const d = new Doc().add('apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ', N.sha256(rng), '\n    server: https://', V.ip(rng, 'v4-private'), ':6443\n  name: prod\n');
  d.add('users:\n- name: deployer\n  user:\n    token: ', rng.chance(0.85) ? S.jwt(rng) : N.placeholder(rng), '\n');
  if (rng.chance(0.4)) d.add('- name: admin\n  user:\n    client-key-data: |\n', S.pemKey(rng), '\n');
  if (rng.chance(0.3)) d.add('- name: aws\n  user:\n    exec:\n      env:\n      - name: AWS_ACCESS_KEY_ID\n        value: ', S.awsKeyId(rng), '\n      - name: AWS_SECRET_ACCESS_KEY\n        value: ', S.awsSecret(rng), '\n');
  return d.unit();
}

function prometheus(rng: Rng): Unit {
  const d = new Doc().add('# HELP node_network_receive_bytes_total Network device statistic receive_bytes.\n# TYPE node_network_receive_bytes_total counter\n');
  for (let i = rng.int(2, 5); i > 0; i--) {
    const v6 = rng.chance(0.3);
    d.add(`node_network_receive_bytes_total{device="eth${rng.int(0, 3)}",instance="`, v6 ? '[' : '', V.ip(rng, v6 ? 'v6-compressed' : rng.pick(['v4-private', 'v4-public'])), v6 ? ']' : '', `:9100",job="${rng.pick(['node', 'node-exporter', 'blackbox'])}",address="`, V.mac(rng, 'colon'), '"} ', N.promSample(rng), ' ', N.promTimestamp(rng), '\n');
  }
  d.add('# TYPE build_info gauge\nbuild_info{version="', N.version(rng), '",revision="', N.oid(rng), '"} 1\n');
  if (rng.chance(0.3)) d.add('# EOF\n');
  return d.unit();
}

function alertmanager(rng: Rng): Unit {
  const d = new Doc().add('{"receiver":"oncall","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"InstanceDown","instance":"', V.ip(rng), ':9100","job":"node","severity":"page"},');
  d.add('"annotations":{"summary":"Host down","runbook":"call ', phone8(rng), ' or mail ', V.email(rng), '"},"startsAt":"', N.isoTime(rng), '","fingerprint":"', V.lowerWord(rng, 0), N.sha256(rng), '"}],');
  d.add('"groupKey":"{}:{alertname=\\"InstanceDown\\"}","truncatedAlerts":0,"externalURL":"http://', V.ip(rng, 'v4-private'), ':9093","version":"4"}\n');
  return d.unit();
}

export const OPS_SOURCES8: Record<string, (rng: Rng) => Unit> = { netrc, npmrc, pypirc, 'docker-config': dockerConfig, 'git-credentials': gitCredentials, kubeconfig, prometheus, alertmanager };
