// Infrastructure files people commit or paste: Nginx vhosts, Caddyfiles, HAProxy configs,
// systemd units with Environment= secrets, crontabs with inline credentials, Makefiles, Dockerfiles
// with ARG/ENV secrets, docker-compose files, Vagrantfiles, Puppet manifests, `gpg --list-keys` output
// and authorized_keys with comments. Admin e-mails, client IPs and secrets are gold (MACs of VMs and containers are left out: not a person's device); versions,
// digests, OIDs and build numbers are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX } from '../pii-heldout/prng.js';
import { Doc, n, who, type Unit } from './kit.js';
import { awsKeyId, awsSecret, password, privateKey, token } from './secrets.js';
import { ip, ipv4 } from './values.js';

const host = (r: Rng) => `${r.pick(['api', 'shop', 'portal', 'intranet', 'static'])}.${r.pick(['przyklad.pl', 'firma.cz', 'ceg.hu', 'yritys.fi', 'example.dk', 'congty.vn'])}`;

function nginxVhost(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`# managed by hand — contact `, a.email, `\nserver {\n  listen 443 ssl http2;\n  server_name ${host(r)};\n  ssl_certificate /etc/ssl/certs/site.pem;\n  # allow office and VPN of `, a.name, `\n  allow `, ipv4(r), `;\n  allow `, ip(r), `;\n  deny all;\n  add_header X-Build "`, n(r, 'build-number'), `";\n  location /static/ { etag on; add_header ETag "`, n(r, 'md5-checksum'), `"; }\n  location /api/ { proxy_pass http://10.0.3.12:8080; proxy_set_header Authorization "Bearer `, token(r), `"; }\n}\n`).unit();
}

function caddyfile(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`{\n\temail `, a.email, `\n}\n\n${host(r)} {\n\t@office remote_ip `, ipv4(r), `/32\n\theader X-Version "`, n(r, 'semver'), `"\n\treverse_proxy localhost:3000 {\n\t\theader_up Authorization "Bearer `, token(r), `"\n\t}\n}\n`).unit();
}

function haproxy(r: Rng): Unit {
  return new Doc().add(`global\n  log /dev/log local0\n  stats socket /run/haproxy/admin.sock mode 660\n\nuserlist ops\n  user admin insecure-password `, password(r, 'haproxy-insecure-password'), `\n\nfrontend www\n  bind :443 ssl crt /etc/haproxy/site.pem\n  acl blocked src `, ipv4(r), `\n  http-request deny if blocked\n  http-response set-header X-Version `, n(r, 'semver'), `\n  default_backend app\n\nbackend app\n  # rebuilt from commit `, n(r, 'git-sha'), `\n  server app1 10.1.0.11:8080 check\n`).unit();
}

function systemdUnit(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`[Unit]\nDescription=Billing worker (owner: `, a.name, ` <`, a.email, `>)\nAfter=network-online.target\n\n[Service]\nEnvironment=NODE_ENV=production\nEnvironment=APP_VERSION=`, n(r, 'semver'), `\nEnvironment=STRIPE_KEY=`, token(r), `\nEnvironment="DB_PASSWORD=`, password(r, 'systemd-env'), `"\nExecStart=/usr/bin/node /srv/billing/worker.js\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`).unit();
}

function crontab(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`MAILTO=`, a.email, `\nSHELL=/bin/bash\n# m h dom mon dow command\n15 2 * * * mysqldump -u backup -p'`, password(r, 'cli-flag'), `' shop | gzip > /backup/shop-$(date +\\%F).sql.gz\n*/10 * * * * curl -s -H "PRIVATE-TOKEN: `, token(r), `" https://gitlab.example/api/v4/projects/12/pipelines\n0 6 * * 1 /opt/report.sh --since `, n(r, 'date-locale'), `\n`).unit();
}

function makefile(r: Rng): Unit {
  return new Doc().add(`VERSION ?= `, n(r, 'semver'), `\nIMAGE = registry.example/app@`, n(r, 'image-digest'), `\nAWS_ACCESS_KEY_ID ?= `, awsKeyId(r), `\nAWS_SECRET_ACCESS_KEY ?= `, awsSecret(r), `\n\n.PHONY: deploy\ndeploy:\n\t@echo "deploying $(VERSION) to `, ipv4(r), `"\n\taws s3 sync build/ s3://releases/$(VERSION)/\n`).unit();
}

function dockerfile(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`FROM node:20-alpine@`, n(r, 'image-digest'), `\nLABEL maintainer="`, a.name, ` <`, a.email, `>"\nARG NPM_TOKEN=`, token(r), `\nENV APP_VERSION=`, n(r, 'semver'), `\nENV ADMIN_PASSWORD=`, password(r, 'dockerfile-env'), `\nRUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc && npm ci\nCOPY . /app\nCMD ["node", "server.js"]\n`).unit();
}

function dockerCompose(r: Rng): Unit {
  return new Doc().add(`services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: `, password(r, 'compose-env'), `\n  app:\n    image: ghcr.io/example/app:`, n(r, 'semver'), `\n    environment:\n      - SENDGRID_API_KEY=`, token(r), `\n      - BUILD_ID=`, n(r, 'build-number'), `\n    extra_hosts:\n      - "office:`, ipv4(r), `"\n`).unit();
}

function vagrantfile(r: Rng): Unit {
  return new Doc().add(`Vagrant.configure("2") do |config|\n  config.vm.box = "generic/debian12"\n  config.vm.box_version = "`, n(r, 'semver'), `"\n  config.vm.box_download_checksum = "`, n(r, 'sha256-checksum'), `"\n  config.vm.network "public_network", ip: "`, ipv4(r), `"\n  config.vm.provision "shell", inline: "echo root:`, password(r, 'chpasswd'), ` | chpasswd"\nend\n`).unit();
}

function puppet(r: Rng): Unit {
  const a = who(r);
  return new Doc().add(`# modules/profile/manifests/mail.pp — `, a.name, `\nclass profile::mail {\n  user { 'deploy': ensure => present, comment => '`, a.name, `', password => Sensitive('`, password(r, 'puppet-sensitive'), `') }\n  file { '/etc/aliases': content => "root: `, a.email, `\\n" }\n  firewall { '100 allow office': source => '`, ipv4(r), `', action => accept }\n  # OID for the monitoring trap: `, n(r, 'oid'), `\n}\n`).unit();
}

function gpgListKeys(r: Rng): Unit {
  const a = who(r);
  const b = who(r);
  const d = new Doc().add(`$ gpg --list-keys\n/home/build/.gnupg/pubring.kbx\n------------------------------\npub   ed25519 2025-03-11 [SC] [expires: 2028-03-10]\n      `, r.chars(HEX.toUpperCase(), 40), `\nuid           [ultimate] `, a.name, ` <`, a.email, `>\nsub   cv25519 2025-03-11 [E]\n\npub   rsa4096 2023-09-02 [SC]\n      `, r.chars(HEX.toUpperCase(), 40), `\nuid           [  full  ] `, b.name, ` <`, b.email, `>\n`);
  if (r.chance(0.4)) d.add(`\n$ cat backup/secret.asc\n`, privateKey(r), `\n`);
  return d.unit();
}

function authorizedKeys(r: Rng): Unit {
  const a = who(r);
  const d = new Doc();
  for (let i = r.int(2, 4); i > 0; i--) d.add(r.chance(0.3) ? `from="${r.int(31, 212)}.${r.int(0, 255)}.0.0/16" ` : '', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)} `, r.chance(0.5) ? a.email : `laptop-${r.int(1, 9)}`, `\n`);
  if (r.chance(0.3)) d.add(`# TODO remove: pasted the deploy key by mistake\n`, privateKey(r), `\n`);
  return d.add(`# rotated `, n(r, 'date-locale'), ` after `, a.name, ` left\n`).unit();
}

export const INFRA_SOURCES12: Record<string, (rng: Rng) => Unit> = {
  'nginx-vhost': nginxVhost, caddyfile, 'haproxy-cfg': haproxy, 'systemd-unit': systemdUnit, crontab, makefile, dockerfile, 'docker-compose': dockerCompose, vagrantfile, 'puppet-manifest': puppet, 'gpg-list-keys': gpgListKeys, 'authorized-keys': authorizedKeys,
};
