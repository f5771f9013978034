// The pii check on a sixteenth held-out set nobody tunes on, written from the formats without reading
// the detector (bench/pii-heldout16/): seventy-one document families in five domains new to the held-out
// sets. Operations: Kubernetes events, Tekton and Jenkins console logs, SonarQube reports, Dependabot
// PR bodies, Renovate logs, Rollbar payloads, New Relic logs, PagerDuty incidents, Opsgenie alerts,
// StatusPage notices, Grafana alert e-mails, Loki logfmt, Nagios notifications, Zabbix problems,
// Proxmox task logs, vCenter events, Duo auth logs, OpenLDAP slapd logs, rsync logs, Veeam reports,
// MinIO audit, Harbor audit, Artifactory access logs. Configuration: .pgpass, my.cnf, tnsnames.ora,
// odbc.ini, Tomcat users.xml, IIS web.config, Rails database.yml, Airflow connections, dbt
// profiles.yml, BigQuery service-account JSON, Kafka client.properties, RabbitMQ definitions, Snowflake
// connections.toml, Celery config, Spring bootstrap.yml, Symfony .env.local; application settings:
// Grafana provisioning, Prometheus remote_write, FastAPI .env, Flask instance config, Quarkus
// application.yaml. Commerce: returns-portal
// cases, loyalty statements, gift-card ledgers, pawn tickets, auction invoices, gallery consignments,
// maintenance tickets, moving inventories, storage rentals, kennel bookings, supplement subscriptions.
// Community and care: childcare sign-in sheets, school-bus rosters, sports-club memberships, marathon
// results, ski-pass sales, cinema bookings, concert guest lists, museum memberships, donation
// receipts, crowdfunding updates, research consent forms, physiotherapy notes, home-care visit logs,
// hearing-aid fittings, contact-lens orders. Nested JSON Lines returns cases (gzip), Duo events and a
// membership CRM; fourteen CSV exports (six `;`, one gzip, one with neutral column names, name columns
// in eleven languages). Written, run through the bundled CLI and scored by set 5's machinery (set 1's
// scorer underneath). Prints counts, types, forms, kinds and column names, never a value.
//   BENCH_PII_HELDOUT16_DIST   the bundle to run (default dist/; MODELGATE_DIST also works)
//   BENCH_PII_HELDOUT16_SEED / _DOCUMENTS / _RECORDS / _ROWS   the set (default 20261218, 1500, 400, 150)
//   BENCH_PII_HELDOUT16_FORMS=1   recall of every form (default: only forms with a miss)
import { runHeldoutBench } from './pii-heldout5/bench-run.js';
import { DEFAULT_OPTIONS16, generateHeldout16 } from './pii-heldout16/generate.js';

runHeldoutBench(16, generateHeldout16, DEFAULT_OPTIONS16);
