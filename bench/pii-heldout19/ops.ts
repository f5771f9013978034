// Set 19's operations and developer-configuration families: varnishlog transactions, keepalived
// VRRP logs, `tailscale status` output, wrangler.toml, supervisord.conf, msmtprc, restic environment
// files, muttrc, pgbouncer.ini and Mattermost config.json.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, ip, login, mac, n, pw, sec, who, type Unit } from './kit.js';

function varnish(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('*   << Request  >> ', String(r.int(100000, 999999)), '\n-   Begin          req 1 rxreq\n-   ReqStart       ', ip(r, r.pick(['v4-public', 'v6-compressed'])), ' ', String(r.int(1024, 65535)), ' a0\n-   ReqURL         /account/verify?email=', u.email, '&v=', n(r, 'semver'), '\n-   ReqHeader      X-Forwarded-For: ', ip(r, 'v4-public'), '\n-   Timestamp      Resp: ', n(r, 'epoch-s'), '.', String(r.int(100000, 999999)), '\n-   VCL_call       HASH ', n(r, 'sha256'), '\n').unit();
}

function keepalived(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0; i < r.int(3, 5); i++) d.add(n(r, 'ts-syslog'), ' lb', String(r.int(1, 4)), ' Keepalived_vrrp[', String(r.int(100, 9999)), ']: (VI_', String(r.int(1, 9)), ') ', r.pick(['Entering MASTER STATE', 'received lower priority advert', 'Sending gratuitous ARP on eth0 for']), ' ', ip(r, 'v4-private'), ' vmac ', mac(r, 'colon'), '\n');
  return d.unit();
}

function tailscale(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0; i < r.int(3, 6); i++) {
    const u = who(r);
    d.add(ip(r, 'v4-private'), '   ', r.pick(['build-01', 'nas', 'pixel-8', 'macbook', 'k8s-node-3']), '   ', u.email, '   ', r.pick(['linux', 'android', 'macOS', 'windows']), '   ', r.pick(['active; direct ', 'idle, tx 3124 rx 9932', 'offline']), r.chance(0.5) ? ip(r, 'v4-public') : '', '\n');
  }
  return d.unit();
}

function wrangler(r: Rng): Unit {
  return new Doc().add('name = "edge-api"\nmain = "src/index.ts"\ncompatibility_date = "2026-11-01"\n\n[vars]\nAPI_VERSION = "', n(r, 'semver'), '"\nSTRIPE_KEY = "', sec(r, 'stripe-secret-key'), '"\nSENDGRID = "', sec(r, 'sendgrid-api-key'), '"\nPLACEHOLDER_TOKEN = "', n(r, 'placeholder-secret'), '"\n\n[[kv_namespaces]]\nbinding = "CACHE"\nid = "', n(r, 'git-sha'), '"\n').unit();
}

function supervisord(r: Rng): Unit {
  return new Doc().add('[program:worker]\ncommand=/srv/app/bin/worker --concurrency 4\nenvironment=DATABASE_URL="postgres://', login(r), ':', pw(r, 'conn'), '@', ip(r, 'v4-private'), ':5432/app",OPENAI_API_KEY="', sec(r, 'openai-api-key'), '"\nstdout_logfile=/var/log/worker.log\n; worker pool = ', n(r, 'arithmetic'), '\nstartsecs=', String(r.int(1, 30)), '\n\n[inet_http_server]\nport=127.0.0.1:9001\nusername=admin\npassword=', pw(r, 'config'), '\n').unit();
}

function msmtp(r: Rng): Unit {
  const u = who(r, r.pick(['de', 'en', 'fr']));
  return new Doc().add('defaults\nauth on\ntls on\ntls_trust_file /etc/ssl/certs/ca-certificates.crt\n\naccount personal\nhost smtp.posteo.de\nport 587\nfrom ', u.email, '\nuser ', u.email, '\npassword ', pw(r, 'config'), '\n\naccount default : personal\n').unit();
}

function restic(r: Rng): Unit {
  return new Doc().add('export RESTIC_REPOSITORY="s3:s3.eu-central-1.amazonaws.com/backups-', n(r, 'git-sha'), '"\nexport RESTIC_PASSWORD="', pw(r, 'config'), '"\nexport AWS_ACCESS_KEY_ID="', sec(r, 'aws-access-key-id'), '"\nexport AWS_SECRET_ACCESS_KEY="', sec(r, 'aws-secret-key'), '"\n# snapshot ', n(r, 'git-sha'), ' took ', n(r, 'duration'), '\n').unit();
}

function mutt(r: Rng): Unit {
  const u = who(r, r.pick(['en', 'cs', 'hu']));
  return new Doc().add('set realname = "', u.name, '"\nset from = "', u.email, '"\nset imap_user = "', u.email, '"\nset imap_pass = "', pw(r, 'config'), '"\nset folder = "imaps://imap.fastmail.com:993"\nset smtp_url = "smtps://', u.email, '@smtp.fastmail.com:465"\n').unit();
}

function pgbouncer(r: Rng): Unit {
  return new Doc().add('[databases]\nbilling = host=', ip(r, 'v4-private'), ' port=5432 dbname=billing user=', login(r), ' password=', pw(r, 'conn'), '\nreporting = host=', ip(r, r.pick(['v4-private', 'v6'])), ' dbname=reporting\n\n[pgbouncer]\nlisten_port = 6432\nauth_type = scram-sha-256\nmax_client_conn = ', String(r.int(100, 2000)), '\n').unit();
}

function mattermost(r: Rng): Unit {
  return new Doc().add('{\n  "SqlSettings": {"DataSource": "postgres://mmuser:', pw(r, 'conn'), '@', ip(r, 'v4-private'), ':5432/mattermost?sslmode=require"},\n  "EmailSettings": {"SMTPServer": "smtp.sendgrid.net", "SMTPUsername": "apikey", "SMTPPassword": "', sec(r, 'sendgrid-api-key'), '"},\n  "FileSettings": {"AmazonS3AccessKeyId": "', sec(r, 'aws-access-key-id'), '", "AmazonS3SecretAccessKey": "', sec(r, 'aws-secret-key'), '"},\n  "ServiceSettings": {"SiteURL": "https://chat.example.org", "ListenAddress": ":8065"},\n  "AboutLink": "', n(r, 'build-number'), ' / ', n(r, 'four-part-version'), '"\n}\n').unit();
}

export const OPS_SOURCES19: Record<string, (rng: Rng) => Unit> = {
  varnishlog: varnish, 'keepalived-log': keepalived, 'tailscale-status': tailscale, 'wrangler-toml': wrangler, 'supervisord-conf': supervisord,
  msmtprc: msmtp, 'restic-env': restic, muttrc: mutt, 'pgbouncer-ini': pgbouncer, 'mattermost-config': mattermost,
};
