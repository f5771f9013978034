// Configuration files of set 17: Jenkins Configuration-as-Code YAML, Backstage app-config.yaml,
// Nextcloud config.php, gitlab.rb, ~/.aws/credentials and terraform.tfvars. The secret value is the
// span; environment references and clear placeholders are hard negatives.
import * as N from './negatives.js';
import { Doc, gold, who, type Rng, type Unit } from './kit.js';
import * as S from './secrets.js';
import * as V from './values.js';

function jenkinsCasc(r: Rng): Unit {
  const a = who(r, ['en', 'de'], 'build-infra.io');
  return new Doc().add('jenkins:\n  systemMessage: "Managed by JCasC ', N.semver(r), '"\n  securityRealm:\n    local:\n      users:\n        - id: "admin"\n          password: "', S.password(r, 'yaml'), '"\nunclassified:\n  location:\n    adminAddress: "', a.email, '"\n    url: "https://', V.ip(r, 'v4-private'), ':8080/"\n',
    'credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - string:\n              id: "github-token"\n              secret: "', r.chance(0.8) ? S.secret(r, r.pick(['github-token', 'github-fine-grained-token'])) : N.envRef(r), '"\n',
    '          - usernamePassword:\n              id: "nexus"\n              username: "ci-deployer"\n              password: "', r.chance(0.8) ? S.password(r, 'yaml') : N.envRef(r), '"\n          - string:\n              id: "slack"\n              secret: "', S.secret(r, 'slack-token'), '"\n').unit();
}

function backstage(r: Rng): Unit {
  const o = who(r, ['sv', 'en']);
  return new Doc().add('app:\n  title: Developer Portal\n  baseUrl: http://', V.ip(r, 'v4-private'), ':3000\norganization:\n  name: Platform\nbackend:\n  database:\n    client: pg\n    connection:\n      host: ', V.ip(r, 'v4-private'), '\n      user: backstage\n      password: ', S.password(r, 'yaml'), '\n',
    'integrations:\n  github:\n    - host: github.com\n      token: ', r.chance(0.7) ? S.secret(r, 'github-token') : N.envRef(r), '\n  gitlab:\n    - host: gitlab.internal\n      token: ', S.secret(r, 'gitlab-token'), '\nauth:\n  providers:\n    github:\n      development:\n        clientId: Iv1.', r.chars('0123456789abcdef', 16), '\n        clientSecret: ', gold('oauth-client-secret', 'hex40', r.chars('0123456789abcdef', 40)), '\n',
    'catalog:\n  locations:\n    - type: url\n      target: https://github.com/org/catalog/blob/', N.gitSha(r), '/all.yaml\n# owner: ', o.name, ' <', o.email, '>\n').unit();
}

function nextcloud(r: Rng): Unit {
  const a = who(r, ['de', 'fr']);
  return new Doc().add('<?php\n$CONFIG = array (\n  \'instanceid\' => \'oc', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10), '\',\n  \'passwordsalt\' => \'', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 30), '\',\n  \'secret\' => \'', S.appSecret(r, 'nextcloud-secret', 48), '\',\n',
    '  \'trusted_domains\' => array (0 => \'cloud.familie-', a.p.latin[1], '.de\', 1 => \'', V.ip(r, 'v4-private'), '\'),\n  \'dbtype\' => \'mysql\',\n  \'version\' => \'', N.version4(r), '\',\n  \'dbuser\' => \'oc_admin\',\n  \'dbpassword\' => \'', S.password(r, 'php'), '\',\n',
    '  \'mail_from_address\' => \'noreply\',\n  \'mail_smtphost\' => \'', V.ip(r, 'v4-public'), '\',\n  \'mail_smtpname\' => \'', a.email, '\',\n  \'mail_smtppassword\' => \'', S.password(r, 'php'), '\',\n  \'installed\' => true,\n);\n').unit();
}

function gitlabRb(r: Rng): Unit {
  const a = who(r, ['ja', 'ko', 'en'], 'dev-tokyo.jp');
  return new Doc().add('external_url \'https://gitlab.dev-tokyo.jp\'\ngitlab_rails[\'gitlab_email_from\'] = \'', a.email, '\'\ngitlab_rails[\'initial_root_password\'] = \'', S.password(r, 'ruby'), '\'\n',
    'gitlab_rails[\'smtp_address\'] = "smtp.sendgrid.net"\ngitlab_rails[\'smtp_user_name\'] = "apikey"\ngitlab_rails[\'smtp_password\'] = "', S.secret(r, 'sendgrid-api-key'), '"\n',
    'gitlab_rails[\'db_password\'] = "', r.chance(0.8) ? S.password(r, 'ruby') : N.placeholder(r), '"\ngitlab_rails[\'monitoring_whitelist\'] = [\'', V.ip(r, 'v4-private'), '\', \'', V.ip(r, 'v4-private'), '\']\nnginx[\'ssl_protocols\'] = "TLSv1.2 TLSv1.3"\nregistry[\'storage\'] = { \'s3\' => { \'accesskey\' => \'', S.secret(r, 'aws-access-key-id'), '\', \'secretkey\' => \'', S.secret(r, 'aws-secret-access-key'), '\' } }\n').unit();
}

function awsCredentials(r: Rng): Unit {
  const d = new Doc().add('[default]\naws_access_key_id = ', S.secret(r, 'aws-access-key-id'), '\naws_secret_access_key = ', S.secret(r, 'aws-secret-access-key'), '\nregion = ', r.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2']), '\n');
  if (r.chance(0.5)) d.add('\n[profile ci]\naws_access_key_id = ', S.secret(r, 'aws-access-key-id'), '\naws_secret_access_key = ', S.secret(r, 'aws-secret-access-key'), '\naws_session_token = ', gold('aws-session-token', 'sts', 'IQoJb3JpZ2luX2Vj' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 340)), '\n');
  return d.add('\n[profile readonly]\nsource_profile = default\nrole_arn = arn:aws:iam::', r.digits(12), ':role/ReadOnly\n').unit();
}

function tfvars(r: Rng): Unit {
  const o = who(r, ['en', 'zh', 'th']);
  const [key, kind] = r.pick([['do_token        ', 'digitalocean-token'], ['datadog_api_key ', 'datadog-api-key'], ['tfe_token       ', 'terraform-cloud-token']] as const);
  return new Doc().add('project          = "payments-', r.pick(['sg', 'au']), '"\nenvironment      = "prod"\nadmin_email      = "', o.email, '"\ndb_password      = "', S.password(r, 'hcl'), '"\n', key, ' = "', S.secret(r, kind), '"\n',
    'allowed_cidrs    = ["', V.ip(r, 'v4-public'), '/32", "', V.ip(r, 'v4-private'), '/24"]\nami_id           = "ami-0', r.chars('0123456789abcdef', 16), '"\nimage_digest     = "', N.dockerDigest(r), '"\nsubnet_mask      = "', N.cidrMask(r), '"\nnode_count       = ', String(r.int(2, 9)), '\nssl_cert         = <<EOT\n', N.publicCert(r), '\nEOT\n').unit();
}

export const CONFIG17: Record<string, (r: Rng) => Unit> = { 'jenkins-casc': jenkinsCasc, 'backstage-config': backstage, 'nextcloud-config': nextcloud, 'gitlab-rb': gitlabRb, 'aws-credentials': awsCredentials, 'terraform-tfvars': tfvars };
