// Set 10's identity-provider and credential-store documents, each in its product's own layout: Okta
// System Log events, Auth0 tenant logs, Keycloak event log lines, SAML 2.0 assertions (XML, e-mail
// NameID), decoded JWT payloads, OAuth 2.0 token responses (RFC 6749 §5.1), Helm values.yaml,
// Kubernetes Secret manifests (stringData), Jenkins credentials.xml, rclone.conf and s3cmd .s3cfg,
// OpenSSH ssh_config with known_hosts and fingerprints.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, type Unit } from '../pii-heldout4/unit.js';
import { negative as n } from './negatives.js';
import { phone } from './phones.js';
import { awsKeyId, awsSecret, githubToken, jwt, password, privateKey, providerToken, slackToken } from './secrets.js';
import { email, handle, ip, person, plainEmail } from './values.js';

function oktaEvent(rng: Rng): Unit {
  const d = new Doc().add('{"actor":{"id":"', n(rng, 'okta-user-id'), '","type":"User","alternateId":"', plainEmail(rng), '","displayName":"', person(rng), '"},"client":{"ipAddress":"', ip(rng), '",');
  d.add('"geographicalContext":{"city":"Porto","geolocation":"', n(rng, 'coordinates', 'okta-geolocation'), '"}},"eventType":"user.session.start","outcome":{"result":"SUCCESS"},"published":"', n(rng, 'iso-timestamp'), '",');
  return d.add('"transaction":{"type":"WEB","id":"', n(rng, 'okta-transaction-id'), '"},"uuid":"', n(rng, 'uuid', 'okta-uuid'), '","version":"0"}').unit();
}

function auth0Log(rng: Rng): Unit {
  const d = new Doc().add('{"date":"', n(rng, 'iso-timestamp'), `","type":"${rng.pick(['s', 'fp', 'scp', 'sapi'])}","description":"Wrong email or password.","client_id":"`, rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32));
  d.add('","client_name":"Members Portal","ip":"', ip(rng), '","user_agent":"Chrome ', n(rng, 'version-four-part'), ' / Mac OS X 14.6.1","details":{"error":{"message":"Wrong email or password."}},"user_id":"auth0|', n(rng, 'git-sha', 'auth0-user-id'), '","user_name":"', plainEmail(rng), '",');
  return d.add('"log_id":"', n(rng, 'mastodon-status-id', 'auth0-log-id'), '"}').unit();
}

function keycloakEvent(rng: Rng): Unit {
  const d = new Doc().add(`${new Date(Date.UTC(2026, 11, 6, rng.int(0, 23), rng.int(0, 59))).toISOString().replace('T', ' ').slice(0, 19)},${rng.digits(3)} WARN  [org.keycloak.events] (executor-thread-${rng.int(1, 40)}) type="LOGIN_ERROR", realmId="`, n(rng, 'uuid', 'keycloak-realm-id'), '", realmName="staff", clientId="intranet", userId="null", ipAddress="', ip(rng), '", error="invalid_user_credentials", auth_method="openid-connect", username="', plainEmail(rng), '"\n');
  return d.add(`${rng.pick(['INFO ', 'DEBUG'])} [org.keycloak.events] type="UPDATE_PROFILE", realmName="staff", userId="`, n(rng, 'uuid', 'keycloak-user-id'), '", previous_first_name="", updated_phone_number="', phone(rng), '"\n').unit();
}

function samlAssertion(rng: Rng): Unit {
  const d = new Doc().add('<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="', n(rng, 'saml-id'), '" IssueInstant="', n(rng, 'iso-timestamp', 'saml-instant'), '" Version="2.0">\n  <saml2:Issuer>http://www.okta.com/exk', rng.chars('abcdefghijkmnpqrstuvwxyz0123456789', 17), '</saml2:Issuer>\n');
  d.add('  <ds:Signature><ds:SignedInfo><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/></ds:SignedInfo><ds:KeyInfo><ds:X509Data><ds:X509SerialNumber>', n(rng, 'x509-serial'), '</ds:X509SerialNumber></ds:X509Data></ds:KeyInfo></ds:Signature>\n');
  d.add('  <saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">', email(rng), '</saml2:NameID>\n    <saml2:SubjectConfirmationData Address="', ip(rng), '" NotOnOrAfter="', n(rng, 'iso-timestamp', 'saml-instant'), '"/></saml2:Subject>\n');
  d.add('  <saml2:AttributeStatement>\n    <saml2:Attribute Name="urn:oid:', n(rng, 'ip-like-oid', 'saml-attribute-oid'), '"><saml2:AttributeValue>', person(rng), '</saml2:AttributeValue></saml2:Attribute>\n');
  return d.add('    <saml2:Attribute Name="mobile"><saml2:AttributeValue>', phone(rng), '</saml2:AttributeValue></saml2:Attribute>\n  </saml2:AttributeStatement>\n</saml2:Assertion>\n').unit();
}

function decodedJwt(rng: Rng): Unit {
  const d = new Doc().add('$ jwt decode $ID_TOKEN\n\nToken header\n------------\n{\n  "typ": "JWT",\n  "alg": "RS256",\n  "kid": "', n(rng, 'sha256-hash', 'jwk-thumbprint'), '"\n}\n\nToken claims\n------------\n{\n');
  d.add('  "aud": "', n(rng, 'uuid', 'oidc-client-id'), '",\n  "email": "', plainEmail(rng), '",\n  "email_verified": true,\n  "exp": ', n(rng, 'jwt-exp'), ',\n  "iat": ', n(rng, 'jwt-exp', 'jwt-iat'), ',\n  "name": "', person(rng), '",\n');
  return d.add('  "phone_number": "', phone(rng, undefined, 'e164'), '",\n  "sub": "', n(rng, 'okta-user-id', 'oidc-sub'), '"\n}\n').unit();
}

function oauthResponse(rng: Rng): Unit {
  const d = new Doc().add('HTTP/1.1 200 OK\nContent-Type: application/json;charset=UTF-8\nCache-Control: no-store\nPragma: no-cache\n\n{\n  "access_token": "', jwt(rng, { scope: 'openid profile' }), '",\n  "token_type": "Bearer",\n  "expires_in": ', n(rng, 'oauth-expires-in'), ',\n');
  return d.add('  "refresh_token": "', githubToken(rng), '",\n  "scope": "openid email profile",\n  "id_token_hint_sub": "', n(rng, 'uuid', 'oidc-sub'), '"\n}\n').unit();
}

function helmValues(rng: Rng): Unit {
  const d = new Doc().add(`# Default values for billing-api.\nreplicaCount: ${rng.int(1, 5)}\nimage:\n  repository: ghcr.io/acme/billing-api\n  tag: "`, n(rng, 'semver', 'helm-image-tag'), '"\n  digest: ', n(rng, 'container-digest'), '\n');
  d.add('postgresql:\n  auth:\n    username: billing\n    password: ', password(rng), '\n    existingSecret: ""\nsmtp:\n  host: smtp.mailgun.org\n  port: ', n(rng, 'port-number'), '\n  from: "Billing <', email(rng, 'subdomain'), '>"\n');
  return d.add('slack:\n  botToken: ', slackToken(rng), '\n  channel: "#billing-alerts"\nresources:\n  limits:\n    memory: 512Mi\n').unit();
}

function k8sSecret(rng: Rng): Unit {
  const d = new Doc().add('apiVersion: v1\nkind: Secret\nmetadata:\n  name: ', handle(rng, 7), '-credentials\n  namespace: payments\n  uid: ', n(rng, 'uuid', 'k8s-uid'), '\n  resourceVersion: "', n(rng, 'k8s-resource-version'), '"\ntype: Opaque\nstringData:\n');
  d.add('  AWS_ACCESS_KEY_ID: ', awsKeyId(rng), '\n  AWS_SECRET_ACCESS_KEY: ', awsSecret(rng), '\n  DATABASE_URL: postgres://svc_payments:', password(rng, 'generated'), '@', ip(rng, 'v4-private'), ':5432/payments\n');
  return d.add('  ONCALL_CONTACT: "', person(rng), ' ', phone(rng), '"\n').unit();
}

function jenkinsCredentials(rng: Rng): Unit {
  const d = new Doc().add("<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@", n(rng, 'version-four-part', 'plugin-version'), '">\n  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">\n    <entry>\n      <java.util.concurrent.CopyOnWriteArrayList>\n');
  d.add('        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n          <scope>GLOBAL</scope>\n          <id>', n(rng, 'uuid', 'jenkins-credential-id'), '</id>\n          <description>deploy user of ', person(rng), '</description>\n          <username>', email(rng), '</username>\n          <password>', password(rng), '</password>\n        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n');
  d.add('        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n          <id>registry-token</id>\n          <secret>', providerToken(rng), '</secret>\n        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>\n');
  return d.add('        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n          <privateKeySource><privateKey>', privateKey(rng), '</privateKey></privateKeySource>\n        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>\n      </java.util.concurrent.CopyOnWriteArrayList>\n    </entry>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n').unit();
}

function rcloneS3cfg(rng: Rng): Unit {
  const d = new Doc().add('[backup-wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = ', awsKeyId(rng), '\nsecret_access_key = ', awsSecret(rng), '\nendpoint = s3.eu-central-2.wasabisys.com\n\n[gdrive]\ntype = drive\nscope = drive\nservice_account_file =\n');
  d.add('token = {"access_token":"ya29.', n(rng, 'sha256-hash', 'opaque-token-prefix'), '","expiry":"', n(rng, 'iso-timestamp'), '"}\n\n# ~/.s3cfg\n[default]\naccess_key = ', awsKeyId(rng), '\nsecret_key = ', awsSecret(rng), '\n');
  return d.add('host_base = s3.amazonaws.com\nsignature_v2 = False\nsocket_timeout = ', n(rng, 'oauth-expires-in', 'socket-timeout'), '\n').unit();
}

function sshConfig(rng: Rng): Unit {
  const d = new Doc().add('# ~/.ssh/config\nHost bastion\n    HostName ', ip(rng, 'v4'), '\n    User ', handle(rng, 6), '\n    Port ', n(rng, 'port-number'), '\n    IdentityFile ~/.ssh/id_ed25519\n\nHost db-* \n    ProxyJump bastion\n    HostName ', ip(rng, 'v6-compressed'), '\n\n');
  d.add('# ~/.ssh/known_hosts\n', ip(rng, 'v4'), ' ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI', n(rng, 'sha256-hash', 'ssh-public-key'), '\n\n$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n256 ', n(rng, 'ssh-host-key-fingerprint'), ' root@gw (ED25519)\n');
  return d.add('$ ssh-keygen -E md5 -lf ~/.ssh/id_rsa.pub\n3072 MD5:', n(rng, 'ssh-md5-fingerprint'), ' ', email(rng), ' (RSA)\n').unit();
}

export const IDENTITY_SOURCES10: Record<string, (rng: Rng) => Unit> = {
  'okta-system-log': oktaEvent, 'auth0-log': auth0Log, 'keycloak-events': keycloakEvent, 'saml-assertion': samlAssertion, 'decoded-jwt': decodedJwt, 'oauth-token-response': oauthResponse,
  'helm-values': helmValues, 'k8s-secret': k8sSecret, 'jenkins-credentials': jenkinsCredentials, 'rclone-s3cfg': rcloneS3cfg, 'ssh-config-known-hosts': sshConfig,
};
