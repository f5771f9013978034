// How the reports show and measure the pii check: its summary and HTML sections, its Prometheus
// families (names documented in docs/monitoring.md and used by the Grafana dashboard), its log category.
import type { CheckView, MetricSample } from '../../src/check.js';
import type { PiiFacts } from './facts.js';
import { piiBom } from './bom.js';
import { piiSection } from './html.js';
import { renderPiiSummary } from './summary.js';
import { piiEvidence } from './evidence.js';

export const piiView: CheckView<PiiFacts> = {
  evidence: piiEvidence,
  summary: renderPiiSummary,
  html: piiSection,
  logCategories: ['file'],
  bom: piiBom,
  metrics: {
    families: {
      modelgate_pii_findings: { help: 'Personal-data values the pii check detected, per category (personal, financial, credentials, special-category...).', labels: ['category'] },
      modelgate_pii_findings_by_type: { help: 'Personal-data values the pii check detected, per type (email, credit-card, us-ssn...).', labels: ['type'] },
      modelgate_pii_records: { help: 'Records the pii check read (scanned), masked and quarantined.', labels: ['state'] },
      modelgate_pii_k_anonymity: { help: 'Smallest k of k-anonymity over the scanned files whose quasi-identifiers the policy names.', labels: [] },
    },
    samples({ totals: t, kAnonymity }): MetricSample[] {
      return [
        ...Object.entries(t.byCategory).map(([category, value]) => ({ name: 'modelgate_pii_findings', labels: { category }, value })),
        ...Object.entries(t.counts).map(([type, value]) => ({ name: 'modelgate_pii_findings_by_type', labels: { type }, value })),
        { name: 'modelgate_pii_records', labels: { state: 'scanned' }, value: t.records },
        { name: 'modelgate_pii_records', labels: { state: 'masked' }, value: t.recordsMasked },
        { name: 'modelgate_pii_records', labels: { state: 'quarantined' }, value: t.recordsQuarantined },
        ...(kAnonymity === null ? [] : [{ name: 'modelgate_pii_k_anonymity', labels: {}, value: kAnonymity }]),
      ];
    },
  },
};
