// Configuration families of set 16: .pgpass, my.cnf, tnsnames.ora, odbc.ini, Tomcat users.xml,
// IIS web.config, Rails database.yml, Airflow connections, dbt profiles.yml, BigQuery service-account
// JSON, Kafka client.properties, RabbitMQ definitions, Snowflake connections.toml, Celery config,
// Spring bootstrap.yml, Symfony .env.local. Passwords, keys and tokens are gold; placeholders,
// versions, ports and hashes of public things are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { dbUser } from './secrets.js';
import { Doc, email, ip, n, password, secret, who, type Unit } from './kit.js';

const dbHost = (r: Rng) => r.pick(['pg-primary.internal', 'db.prod.example.net', 'analytics-ro.example.org']);
/** A password, or now and then a placeholder (hard negative) where a template was committed. */
const pw = (r: Rng) => (r.chance(0.15) ? n(r, 'placeholder-secret') : password(r));

function pgpass(r: Rng): Unit {
  const d = new Doc().add('# hostname:port:database:username:password\n');
  for (let i = 0; i < r.int(2, 4); i++) d.add(r.chance(0.5) ? dbHost(r) : ip(r, 'v4-private'), `:5432:${r.pick(['orders', 'ledger', '*'])}:${dbUser(r)}:`, pw(r), '\n');
  return d.unit();
}

function myCnf(r: Rng): Unit {
  return new Doc().add('[client]\nuser = ', dbUser(r), '\npassword = "', pw(r), '"\nhost = ', ip(r), '\nport = 3306\n\n[mysqld]\nserver-id = ', String(r.int(1, 99)), '\ninnodb_buffer_pool_size = ', n(r, 'byte-size'), '\n# tuned by ', email(r), ' for ', n(r, 'version'), '\n').unit();
}

function tnsnames(r: Rng): Unit {
  return new Doc().add('ERP_PROD =\n  (DESCRIPTION =\n    (ADDRESS = (PROTOCOL = TCP)(HOST = ', ip(r), ')(PORT = 1521))\n    (CONNECT_DATA = (SERVICE_NAME = erp.example.net))\n  )\n',
    '# wallet password for sqlnet.ora: ', secret(r, 'password'), '\n# DBA contact: ', email(r), ' — client ', n(r, 'version-4part'), '\n').unit();
}

function odbcIni(r: Rng): Unit {
  return new Doc().add('[Warehouse]\nDriver = /opt/microsoft/msodbcsql18/lib64/libmsodbcsql-', n(r, 'version'), '.so\nServer = tcp:', ip(r), ',1433\nDatabase = dwh\nUID = ', dbUser(r), '\nPWD = ', pw(r), '\n',
    'Encrypt = yes\nTrustServerCertificate = no\n; owner ', email(r), '\n').unit();
}

function tomcatUsers(r: Rng): Unit {
  const d = new Doc().add('<?xml version="1.0" encoding="UTF-8"?>\n<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">\n  <role rolename="manager-gui"/>\n');
  for (let i = 0; i < r.int(1, 3); i++) d.add('  <user username="', r.pick(['deployer', 'jmx', 'admin', 'monitor']), '" password="', pw(r), '" roles="manager-gui,manager-script"/>\n');
  return d.add('  <!-- rotated ', n(r, 'date'), ' by ', email(r), ' -->\n</tomcat-users>\n').unit();
}

function webConfig(r: Rng): Unit {
  return new Doc().add('<configuration>\n  <connectionStrings>\n    <add name="Default" connectionString="Server=', ip(r), ';Database=Shop;User Id=', dbUser(r), ';Password=', pw(r), ';" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n',
    '  <appSettings>\n    <add key="SendGridKey" value="', secret(r, 'sendgrid-api-key'), '" />\n    <add key="AppVersion" value="', n(r, 'version-4part'), '" />\n    <add key="SupportMail" value="', email(r), '" />\n  </appSettings>\n</configuration>\n').unit();
}

function databaseYml(r: Rng): Unit {
  return new Doc().add('production:\n  adapter: postgresql\n  host: ', dbHost(r), '\n  database: shop_production\n  username: ', dbUser(r), '\n  password: ', pw(r), '\n  pool: ', String(r.int(5, 40)), '\n',
    'replica:\n  url: postgres://', dbUser(r), ':', secret(r, 'password'), '@', ip(r), ':5432/shop_production\n').unit();
}

function airflowConnections(r: Rng): Unit {
  return new Doc().add('$ airflow connections export - --file-format env\nAIRFLOW_CONN_POSTGRES_DWH=postgresql://', dbUser(r), ':', secret(r, 'password'), '@', ip(r), ':5432/dwh\n',
    'AIRFLOW_CONN_SLACK_ALERTS=slackwebhook://:@/?webhook_token=', secret(r, 'slack-token'), '\nAIRFLOW_CONN_AWS_DEFAULT=aws://', secret(r, 'aws-access-key-id'), ':', secret(r, 'aws-secret-access-key'), '@\n',
    '# exported by ', email(r), ' on ', n(r, 'timestamp'), '\n').unit();
}

function dbtProfiles(r: Rng): Unit {
  return new Doc().add('analytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: ', dbHost(r), '\n      user: ', dbUser(r), '\n      password: "', pw(r), '"\n      port: 5432\n      threads: ', String(r.int(2, 16)), '\n',
    '    dev:\n      type: snowflake\n      account: ', r.pick(['xy12345.eu-central-1', 'ab98765.us-east-1']), '\n      user: ', email(r), '\n      authenticator: externalbrowser\n').unit();
}

function bigquerySa(r: Rng): Unit {
  const project = r.pick(['acme-analytics', 'shop-prod-4821', 'data-lake-eu']);
  const sa = `etl-runner@${project}.iam.gserviceaccount.com`;
  // The key sits in a JSON string: its line breaks are written as \n escapes.
  const key = secret(r, 'private-key');
  key.text = key.text.replace(/\n/g, '\\n');
  return new Doc().add('{\n  "type": "service_account",\n  "project_id": "', project, '",\n  "private_key_id": "', r.chars('0123456789abcdef', 40), '",\n  "private_key": "',
    key, '",\n  "client_email": "', sa, '",\n  "client_id": "', r.digits(21), '",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth"\n}\n').unit();
}

function kafkaClient(r: Rng): Unit {
  return new Doc().add('bootstrap.servers=', ip(r), ':9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), '" password="', secret(r, 'generic-secret'), '";\n',
    'client.id=orders-consumer\nssl.endpoint.identification.algorithm=https\n# schema registry ', n(r, 'version'), '\n').unit();
}

function rabbitDefinitions(r: Rng): Unit {
  return new Doc().add('{"rabbit_version":"', n(r, 'version'), '","users":[{"name":"orders","password_hash":"', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 44), '","hashing_algorithm":"rabbit_password_hashing_sha256","tags":["management"]}],',
    '"parameters":[{"component":"shovel","name":"to-dr","value":{"src-uri":"amqp://orders:', secret(r, 'password'), '@', ip(r), '/%2F","dest-uri":"amqps://dr:', secret(r, 'password'), '@', ip(r), '/%2F"}}],"vhosts":[{"name":"/"}]}\n').unit();
}

function snowflakeToml(r: Rng): Unit {
  const u = who(r);
  return new Doc().add('[default]\naccount = "xy', String(r.int(10000, 99999)), '.eu-central-1"\nuser = "', u.email, '"\npassword = "', pw(r), '"\nwarehouse = "COMPUTE_WH"\nrole = "ANALYST"\n\n',
    '[ci]\naccount = "xy', String(r.int(10000, 99999)), '"\nuser = "SVC_CI"\nauthenticator = "SNOWFLAKE_JWT"\nprivate_key_file = "/run/secrets/rsa_key.p8"\n# owner: ', u.name, '\n').unit();
}

function celeryConfig(r: Rng): Unit {
  return new Doc().add('broker_url = "redis://:', secret(r, 'password'), '@', ip(r), ':6379/0"\nresult_backend = "db+postgresql://', dbUser(r), ':', pw(r), '@', dbHost(r), '/celery"\n',
    'task_time_limit = ', String(r.int(60, 3600)), '\nbeat_schedule = {"cleanup": {"task": "tasks.cleanup", "schedule": crontab("', n(r, 'cron-expression'), '")}}\nadmins = [("Ops", "', email(r), '")]\n').unit();
}

function springBootstrap(r: Rng): Unit {
  return new Doc().add('spring:\n  application:\n    name: inventory\n  cloud:\n    config:\n      uri: https://config.example.net\n      username: config-client\n      password: ', pw(r), '\n',
    '    vault:\n      token: ', secret(r, 'vault-token'), '\n  datasource:\n    url: jdbc:postgresql://', ip(r), ':5432/inventory\nmanagement:\n  server:\n    port: 8081\ninfo:\n  build: ', n(r, 'build-number'), '\n').unit();
}

function symfonyEnvLocal(r: Rng): Unit {
  return new Doc().add('APP_ENV=prod\nAPP_SECRET=', secret(r, 'generic-secret'), '\nDATABASE_URL="mysql://', dbUser(r), ':', secret(r, 'password'), '@', ip(r), ':3306/app?serverVersion=', n(r, 'version'), '&charset=utf8mb4"\n',
    'MAILER_DSN=smtp://', 'apikey', ':', secret(r, 'sendgrid-api-key'), '@smtp.sendgrid.net:587\nSENTRY_DSN=\nADMIN_EMAIL=', email(r), '\n').unit();
}

export const CONFIG_SOURCES16: Record<string, (rng: Rng) => Unit> = {
  pgpass, 'my-cnf': myCnf, 'tnsnames-ora': tnsnames, 'odbc-ini': odbcIni, 'tomcat-users-xml': tomcatUsers, 'iis-web-config': webConfig, 'rails-database-yml': databaseYml,
  'airflow-connections': airflowConnections, 'dbt-profiles': dbtProfiles, 'bigquery-service-account': bigquerySa, 'kafka-client-properties': kafkaClient, 'rabbitmq-definitions': rabbitDefinitions,
  'snowflake-connections': snowflakeToml, 'celery-config': celeryConfig, 'spring-bootstrap': springBootstrap, 'symfony-env-local': symfonyEnvLocal,
};
