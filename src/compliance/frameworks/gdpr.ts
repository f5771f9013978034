// GDPR, Regulation (EU) 2016/679: the articles on data in a training or evaluation set a release gate
// can give evidence for. Titles paraphrase the regulation.
import { controlsOf, type Framework } from '../control.js';

export const GDPR: Framework = {
  id: 'gdpr',
  title: 'GDPR',
  source: 'Regulation (EU) 2016/679 (General Data Protection Regulation), OJ L 119, 4.5.2016',
  controls: controlsOf('gdpr', [
    ['art-5', 'Art. 5', 'Principles relating to processing of personal data'],
    ['art-5-1-c', 'Art. 5(1)(c)', "Data minimisation: personal data adequate, relevant and limited to what is necessary for the purposes", 'art-5'],
    ['art-5-1-f', 'Art. 5(1)(f)', 'Integrity and confidentiality: appropriate security of personal data, including protection against unauthorised processing', 'art-5'],
    ['art-9', 'Art. 9', 'Processing of special categories of personal data'],
    ['art-25', 'Art. 25', 'Data protection by design and by default'],
    ['art-32', 'Art. 32', 'Security of processing'],
    ['art-32-1-a', 'Art. 32(1)(a)', 'The pseudonymisation and encryption of personal data', 'art-32'],
    ['art-32-1-b', 'Art. 32(1)(b)', 'Ongoing confidentiality, integrity, availability and resilience of processing systems and services', 'art-32'],
    ['art-35', 'Art. 35', 'Data protection impact assessment'],
  ]),
};
