// The controls each pii rule provides evidence for: one line per (rule, control), with the reason.
// Evidence, not legal advice (README "Compliance controls").
import type { RuleControls } from '../../src/check.js';

export const CONTROLS: RuleControls = {
  'pii/secret': [
    ['gdpr/art-32-1-b', 'a credential in released data breaks the confidentiality of the systems it opens'],
    ['gdpr/art-5-1-f', 'a leaked credential can expose the personal data behind it'],
    ['eu-ai-act/art-15-5', 'credentials in training data can be extracted from the data set or the model (confidentiality attack)'],
    ['nist-ai-rmf/measure-2.7', 'secrets in data are part of the security evaluation'],
  ],
  'pii/financial-data': [
    ['gdpr/art-5-1-c', 'payment cards and IBANs are rarely necessary for training: data minimisation'],
    ['gdpr/art-25', 'financial data is found and masked before release, by design'],
    ['nist-ai-rmf/measure-2.10', 'the privacy risk of financial identifiers in the data is examined'],
    ['iso-42001/a.7.4', 'data quality for the AI system includes what the data should not contain'],
  ],
  'pii/personal-data': [
    ['gdpr/art-5-1-c', 'direct identifiers in released data are checked against data minimisation'],
    ['gdpr/art-25', 'personal data is detected and masked or quarantined by default before release'],
    ['gdpr/art-35', 'the inventory of personal data per column informs a data protection impact assessment'],
    ['nist-ai-rmf/measure-2.10', 'the privacy risk of the data is examined and documented per column'],
    ['eu-ai-act/art-10-2-b', 'documents the personal data contained in the collected data sets'],
    ['iso-42001/a.7.4', 'data quality for the AI system includes what personal data it carries'],
  ],
  'pii/special-category': [
    ['gdpr/art-9', 'detects special-category data (health, ethnicity, religion, orientation…) in released data'],
    ['gdpr/art-35', 'special categories at scale call for a data protection impact assessment'],
    ['eu-ai-act/art-10-5', 'special categories in the data must be limited to bias detection and correction, with safeguards'],
    ['nist-ai-rmf/measure-2.10', 'the privacy risk of sensitive attributes is examined'],
    ['iso-42001/a.7.4', 'data quality for the AI system includes the sensitivity of its attributes'],
  ],
  'pii/protected': [
    ['gdpr/art-25', 'personal data was masked or quarantined in the outputs: protection by design'],
    ['gdpr/art-32-1-a', 'values were pseudonymised (keyed hashes) or masked in the released copy'],
    ['gdpr/art-5-1-c', 'the released copy carries less personal data than the input'],
    ['eu-ai-act/art-10-2-c', 'a documented data-preparation operation (cleaning) on the data set'],
    ['iso-42001/a.7.6', 'data preparation: masking and quarantine of records'],
  ],
  'pii/k-anonymity': [
    ['gdpr/art-25', 'checks that quasi-identifiers do not single people out (k-anonymity)'],
    ['gdpr/art-32-1-a', 'measures how well the released data is de-identified'],
    ['nist-ai-rmf/measure-2.10', 'the re-identification risk of the data is measured'],
  ],
  'pii/encoding-replaced': [
    ['iso-42001/a.7.4', 'values with invalid bytes are a data quality defect, and may hide personal data'],
    ['eu-ai-act/art-10-3', 'data free of errors: invalid bytes in the data set are reported'],
  ],
  'pii/no-records': [
    ['eu-ai-act/art-10-2-e', 'an empty data set listed for release: quantity of the data is checked'],
    ['iso-42001/a.7.4', 'an empty file is a data quality defect'],
  ],
};
