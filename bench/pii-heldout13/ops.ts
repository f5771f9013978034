// Set 13's operations families: Tomcat catalina logs, IIS W3C logs, Windows Event XML, Sysmon events,
// Azure Activity Log and GCP audit entries, Vault audit lines, Nomad job specs, Argo CD applications,
// Terraform Cloud run logs, Bitbucket Pipelines and Azure DevOps logs, Laravel/Rails/Django .env files,
// Spring application.properties, wp-config.php, kubeconfig files and WireGuard/OpenVPN configs.
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM } from '../pii-heldout/prng.js';
import { Doc, gold, n, ph, ts, who, type Piece, type Unit } from './kit.js';
import { base64, genericSecret, pemKey, secret13, urlPassword, wireguardKey } from './secrets.js';
import { ip13, mac13 } from './values.js';

const host = (rng: Rng) => `${rng.pick(['app', 'api', 'batch', 'edge', 'db'])}-${rng.int(1, 40)}.${rng.pick(['prod', 'stg', 'eu1', 'us2'])}.internal`;
const user = (rng: Rng): Piece => who(rng, rng.pick(['en', 'de', 'fr', 'ja', 'pl', 'sv'])).email;

function catalina(rng: Rng): Unit {
  const d = new Doc();
  d.add(`07-Dec-2026 ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}.${rng.int(100, 999)} INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name: Apache Tomcat/`, n(rng, 'version'), '\n');
  d.add(`07-Dec-2026 ${rng.int(10, 23)}:${rng.int(10, 59)}:01.${rng.int(100, 999)} SEVERE [http-nio-8443-exec-${rng.int(1, 40)}] o.a.c.c.C.[.[localhost].[/portal] Servlet.service() threw exception for user `, user(rng), ' from ', ip13(rng), '\njava.sql.SQLException: Access denied for user \'portal\'@\'', ip13(rng, 'v4-private'), "' (using password: YES)\n\tat com.mysql.cj.jdbc.ConnectionImpl.connect(ConnectionImpl.java:", String(rng.int(100, 999)), ')\n');
  d.add('07-Dec-2026 INFO [main] jdbc url: jdbc:mysql://portal:', urlPassword(rng, 'jdbc-mysql'), `@${host(rng)}:3306/portal?useSSL=true\n`);
  d.add('07-Dec-2026 WARN [main] tomcat-native library older than required for ', n(rng, 'cve-id'), ' fix\n');
  return d.unit();
}

function iisW3c(rng: Rng): Unit {
  const d = new Doc().add(`#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: ${ts(rng, ' ')}\n#Remark: hotfix `, n(rng, 'kb-article'), ` applied, upstream `, n(rng, 'asn'), `\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status time-taken\n`);
  for (let i = 0; i < rng.int(3, 6); i++) {
    const q = rng.chance(0.3) ? ['email=', user(rng), '&step=2'] : rng.chance(0.2) ? ['ReturnUrl=%2Fowa%2F'] : ['-'];
    d.add(`${ts(rng, ' ')} `, ip13(rng, 'v4-private'), ` ${rng.pick(['GET', 'POST'])} /owa/${rng.pick(['auth.owa', 'service.svc', 'ev.owa2'])} `, ...q, ` 443 ${rng.chance(0.5) ? 'CORP\\' + rng.pick(['svc_backup', 'kiosk01']) : '-'} `, ip13(rng, 'v4-public'), ` Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) ${rng.pick([200, 302, 401, 500])} `, String(rng.int(3, 9000)), '\n');
  }
  return d.unit();
}

function windowsEventXml(rng: Rng): Unit {
  return new Doc().add(`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing" Guid="{`, n(rng, 'uuid'), `}"/><EventID>4625</EventID><TimeCreated SystemTime="`, n(rng, 'timestamp'), `"/><Computer>WS-${rng.int(100, 999)}.corp.local</Computer></System><EventData><Data Name="TargetUserName">${rng.pick(['svc_sql', 'administrator', 'scanner', 'kiosk01'])}</Data><Data Name="TargetDomainName">CORP</Data><Data Name="Status">`, n(rng, 'hex-error'), `</Data><Data Name="WorkstationName">LAPTOP-${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7)}</Data><Data Name="IpAddress">`, ip13(rng), `</Data><Data Name="IpPort">${rng.int(1024, 65535)}</Data></EventData></Event>\n`).unit();
}

function sysmon(rng: Rng): Unit {
  return new Doc().add(`Sysmon Event ID 1 - Process Create\nUtcTime: ${ts(rng, ' ')}.${rng.int(100, 999)}\nProcessGuid: {`, n(rng, 'uuid'), `}\nImage: C:\\Windows\\System32\\curl.exe\nFileVersion: `, n(rng, 'version-4part'), '\nCommandLine: curl.exe -u deploy:', cliPassword(rng), ' https://', ip13(rng, 'v4-public'), '/upload -H "Authorization: Bearer ', secret13(rng, rng.pick(['github-token', 'gitlab-token', 'huggingface-token'])), '"\nHashes: SHA256=', n(rng, 'sha256'), ',MD5=', n(rng, 'md5'), '\nParentImage: C:\\Windows\\explorer.exe\nUser: CORP\\kiosk01\n').unit();
}

/** A password given on a command line (curl -u user:password). */
const cliPassword = (rng: Rng): Piece => ({ ...secret13(rng, 'password'), form: 'cli-flag' });

function azureActivity(rng: Rng): Unit {
  return new Doc().add(`{"time":"`, n(rng, 'timestamp'), `","resourceId":"/SUBSCRIPTIONS/`, n(rng, 'uuid'), `/RESOURCEGROUPS/RG-PAYMENTS/PROVIDERS/MICROSOFT.STORAGE/STORAGEACCOUNTS/STPAYPROD","operationName":"MICROSOFT.STORAGE/STORAGEACCOUNTS/LISTKEYS/ACTION","category":"Administrative","resultType":"Success","callerIpAddress":"`, ip13(rng), '","identity":{"claims":{"name":"', user(rng), '","ipaddr":"', ip13(rng), '"}},"properties":{"responseBody":"{\\"keys\\":[{\\"keyName\\":\\"key1\\",\\"value\\":\\"', secret13(rng, 'azure-storage-secret'), '\\"}]}","correlationId":"', n(rng, 'uuid'), '"}}\n').unit();
}

function gcpAudit(rng: Rng): Unit {
  return new Doc().add('{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":{"principalEmail":"', user(rng), '"},"requestMetadata":{"callerIp":"', ip13(rng), `","callerSuppliedUserAgent":"google-cloud-sdk gcloud/`, n(rng, 'version'), '"},"serviceName":"iam.googleapis.com","methodName":"google.iam.admin.v1.CreateServiceAccountKey","request":{"name":"projects/-/serviceAccounts/', gold('email', 'service-account', `${rng.pick(['ci-deployer', 'etl-runner', 'backup-bot'])}@acme-prod.iam.gserviceaccount.com`), '"},"response":{"private_key_data":"', { ...pemKey(rng, true), form: 'escaped-pem' }, '"}},"insertId":"', n(rng, 'git-sha'), '","timestamp":"', n(rng, 'timestamp'), '"}\n').unit();
}

function vaultAudit(rng: Rng): Unit {
  return new Doc().add(`{"time":"${ts(rng)}Z","type":"response","auth":{"client_token":"hmac-sha256:`, n(rng, 'sha256'), '","display_name":"oidc-', user(rng), '","policies":["default","payments-ro"]},"request":{"operation":"read","path":"kv/data/payments/stripe","issued_at":', n(rng, 'epoch-seconds'), ',"remote_address":"', ip13(rng), '"},"response":{"data":{"data":{"api_key":"', secret13(rng, 'stripe-secret-key'), '","webhook_url":"', secret13(rng, rng.pick(['slack-webhook-secret', 'discord-webhook-token'])), '"},"metadata":{"version":', String(rng.int(1, 40)), '}}},"wrap_info":{"token":"', secret13(rng, 'vault-token'), '"}}\n').unit();
}

function nomadJob(rng: Rng): Unit {
  return new Doc().add(`job "billing-worker" {\n  datacenters = ["dc1"]\n  group "w" {\n    count = ${rng.int(1, 9)}\n    task "worker" {\n      driver = "docker"\n      config { image = "registry.acme.io/billing@`, n(rng, 'docker-digest'), `" ports = ["http"] }\n      env {\n        DATABASE_URL = "postgres://billing:`, urlPassword(rng, 'postgres'), `@${host(rng)}:5432/billing"\n        SENDGRID_API_KEY = "`, secret13(rng, 'sendgrid-api-key'), '"\n        OPS_PAGER = "', ph(rng), `"\n      }\n      # firewall: `, n(rng, 'port-list'), `\n      resources { cpu = ${rng.int(100, 2000)} memory = ${rng.int(128, 4096)} }\n    }\n  }\n}\n`).unit();
}

function argocd(rng: Rng): Unit {
  return new Doc().add(`apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: storefront\n  annotations:\n    owner: `, user(rng), `\n    notifications.argoproj.io/subscribe.on-sync-failed.slack: deploys\nspec:\n  source:\n    repoURL: https://oauth2:`, secret13(rng, 'gitlab-token'), `@gitlab.acme.io/web/storefront.git\n    targetRevision: `, n(rng, 'git-sha'), `\n    helm:\n      parameters:\n        - name: image.tag\n          value: "`, n(rng, 'version'), `"\n        - name: ingress.allowlist\n          value: "`, ip13(rng, 'v4-public'), `/32"\n  destination:\n    server: https://kubernetes.default.svc\n`).unit();
}

function tfcRun(rng: Rng): Unit {
  return new Doc().add(`Terraform v`, n(rng, 'version'), ` on linux_amd64\nInitializing plugins... hashicorp/aws `, n(rng, 'semver-range'), `\nRun run-${rng.chars(ALNUM, 16)} triggered by `, user(rng), `\n  # aws_db_instance.main will be updated in-place\n  ~ password = (sensitive value)\n  ~ allowed_cidr = "`, ip13(rng, 'v4-public'), '/32"\n  # random_password.api printed by a debug output:\n  + deploy_key = "', n(rng, 'ssh-public-key'), '"\n  + api_key_debug = "', secret13(rng, rng.pick(['datadog-api-key', 'openai-api-key', 'anthropic-api-key'])), `"\nPlan: 0 to add, 2 to change, 0 to destroy. Duration `, n(rng, 'duration'), '\n').unit();
}

function bitbucket(rng: Rng): Unit {
  return new Doc().add(`+ umask 000\n+ GIT_LFS_SKIP_SMUDGE=1 git clone --depth 50 https://x-token-auth:`, secret13(rng, 'atlassian-api-token'), `@bitbucket.org/acme/mobile.git\nBuild `, n(rng, 'build-number'), ` step "Publish" image node:`, n(rng, 'version'), '\n+ echo "//registry.npmjs.org/:_authToken=', secret13(rng, 'npm-token'), '" > .npmrc\n+ npx expo publish --release-channel prod\nNotifying ', user(rng), ' via ', secret13(rng, 'slack-webhook-secret'), '\nPipeline finished in ', n(rng, 'duration'), '\n').unit();
}

function azureDevops(rng: Rng): Unit {
  return new Doc().add(`2026-12-07T${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}.${rng.int(1000000, 9999999)}Z ##[section]Starting: Deploy\n`, `##[debug]Agent version `, n(rng, 'version'), ', machine ', ip13(rng, 'v4-private'), '\n##[debug]Evaluating: variables.PYPI_TOKEN => ', secret13(rng, 'pypi-token'), '\n##[command]twine upload dist/* -u __token__\n##[debug]Evaluating: variables.HF_TOKEN => ', secret13(rng, 'huggingface-token'), '\n##[warning]Requested by ', user(rng), '; artifact sha ', n(rng, 'sha256'), '\n').unit();
}

function dotenv(rng: Rng): Unit {
  const flavour = rng.pick(['laravel', 'rails', 'django'] as const);
  const d = new Doc().add(`# ${flavour} app — do not commit\nAPP_ENV=production\n`);
  if (flavour === 'laravel') d.add('APP_KEY=', genericSecret(rng, 'laravel-app-key'), '\nDB_HOST=', ip13(rng, 'v4-private'), '\nDB_PASSWORD=', secret13(rng, 'password'), '\nMAIL_PASSWORD=', n(rng, 'placeholder-secret'), '\n');
  else if (flavour === 'rails') d.add('SECRET_KEY_BASE=', genericSecret(rng, 'rails-key-base'), '\nREDIS_URL=redis://default:', urlPassword(rng, 'redis'), `@${host(rng)}:6379/0\nRAILS_MAX_THREADS=5\n`);
  else d.add('DJANGO_SECRET_KEY=', genericSecret(rng, 'django'), '\nALLOWED_HOSTS=', ip13(rng, 'v4-public'), ',shop.example.com\nEMAIL_HOST_USER=', user(rng), '\n');
  return d.add('AWS_ACCESS_KEY_ID=', secret13(rng, 'aws-access-key-id'), '\nAWS_SECRET_ACCESS_KEY=', secret13(rng, 'aws-secret-access-key'), '\nSENTRY_RELEASE=', n(rng, 'git-sha'), '\n').unit();
}

function springProps(rng: Rng): Unit {
  return new Doc().add(`spring.application.name=order-service\nspring.datasource.url=jdbc:postgresql://${host(rng)}:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=`, secret13(rng, 'password'), `\nspring.rabbitmq.addresses=amqps://orders:`, urlPassword(rng, 'amqps'), `@${host(rng)}:5671\nspring.data.mongodb.uri=mongodb+srv://reporting:`, urlPassword(rng, 'mongodb+srv'), `@cluster0.ab1cd.mongodb.net/reports\nmanagement.server.port=9090\nserver.ssl.key-store-password=`, n(rng, 'placeholder-secret'), '\napp.alert.sms=', ph(rng), '\napp.build=', n(rng, 'build-number'), '\n').unit();
}

function wpConfig(rng: Rng): Unit {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_SALT'];
  const d = new Doc().add(`<?php\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '`, secret13(rng, 'password'), `' );\ndefine( 'DB_HOST', '`, ip13(rng, 'v4-private'), `' );\n`);
  for (const k of salts.slice(0, rng.int(2, 4))) d.add(`define( '${k}', '`, genericSecret(rng, 'wp-salt'), `' );\n`);
  return d.add(`$table_prefix = 'wp_';\n// admin contact: `, user(rng), `\ndefine( 'WP_DEBUG', false );\n`).unit();
}

function kubeconfig(rng: Rng): Unit {
  return new Doc().add(`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: `, base64Cert(rng), `\n    server: https://`, ip13(rng, 'v4-public'), `:6443\n  name: prod\nusers:\n- name: `, user(rng), `\n  user:\n    token: `, secret13(rng, 'jwt'), `\n- name: ci\n  user:\n    client-key-data: `, gold('private-key', 'base64-pem', `LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo${base64(rng, 600)}`), `\ncontexts:\n- context: {cluster: prod, user: ci}\n  name: prod\ncurrent-context: prod\n`).unit();
}

const base64Cert = (rng: Rng): Piece => ({ text: `LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${base64(rng, 90)}`, kind: 'certificate-pem', form: 'base64' });

function vpnConfig(rng: Rng): Unit {
  if (rng.chance(0.5)) {
    return new Doc().add('[Interface]\nPrivateKey = ', wireguardKey(rng), '\nAddress = ', ip13(rng, 'v4-private'), '/32\nDNS = ', gold('ip-address', 'resolver', rng.pick(['1.1.1.1', '9.9.9.9', '8.8.4.4'])), '\n\n[Peer]\n# ', user(rng), '\nPublicKey = ', { text: base64(rng, 32), kind: 'public-key', form: 'wireguard' }, '\nEndpoint = ', ip13(rng, 'v4-public'), ':51820\nAllowedIPs = ', ip13(rng, 'v4-private'), '/24\nPersistentKeepalive = 25\n').unit();
  }
  return new Doc().add(`client\ndev tun\nproto udp\nremote `, ip13(rng, 'v4-public'), ` 1194\ncipher AES-256-GCM\nremote-cert-eku `, n(rng, 'oid'), `\n# issued to `, user(rng), ', device ', mac13(rng), '\n<ca>\n', n(rng, 'certificate-pem'), '\n</ca>\n<key>\n', pemKey(rng), '\n</key>\n<auth-user-pass>\nvpnuser\n', secret13(rng, 'password'), '\n</auth-user-pass>\n').unit();
}

export const OPS13: Record<string, (rng: Rng) => Unit> = {
  'catalina-log': catalina, 'iis-w3c': iisW3c, 'windows-event-xml': windowsEventXml, 'sysmon-event': sysmon, 'azure-activity': azureActivity, 'gcp-audit': gcpAudit,
  'vault-audit': vaultAudit, 'nomad-job': nomadJob, 'argocd-app': argocd, 'tfc-run-log': tfcRun, 'bitbucket-pipelines': bitbucket, 'azure-devops-log': azureDevops,
  'dotenv-app': dotenv, 'spring-properties': springProps, 'wp-config': wpConfig, kubeconfig, 'vpn-config': vpnConfig,
};
