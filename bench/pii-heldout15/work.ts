// Set 15's workplace families: offer letters, reference checks, background-check reports, visa
// sponsorship letters, exit interviews, org charts as JSON, Microsoft Teams channel exports,
// Outlook message headers, Exchange message tracking logs and Proofpoint TAP alerts.
import { n } from './negatives.js';
import { cuedId } from './nationals.js';
import { password } from './secrets.js';
import { iban, ip, ssn } from './values.js';
import { Doc, fam, ph, ts, who, type Family } from './kit.js';

export const WORK15: Record<string, Family> = {
  'offer-letter': fam('US IN', (r) => {
    const c = who(r, r.pick(['en', 'hi', 'zh', 'ko']));
    const hr = who(r, 'en');
    return new Doc().add(`${ts(r, ' ').slice(0, 10)}\n\nDear `, c.name, ',\nWe are delighted to offer you the role of Senior Data Engineer (req ', n(r, 'order-id'), ') at an annual base of ', n(r, 'price'), ' plus a ', n(r, 'percentage'), ' target bonus.\nFor payroll set-up please confirm your ', ...(r.chance(0.5) ? ['SSN ', ssn(r)] : cuedId(r, 'aadhaar')), ' and personal phone ', ...ph(r), '.\nYour onboarding portal password: ', password(r, 'letter'), '\n\n', hr.name, ', People Team · ', hr.email, '\n').unit();
  }),
  'reference-check': fam('GB IE AU', (r) => {
    const [c, ref] = [who(r), who(r, 'en')];
    return new Doc().add('Reference request — candidate ', c.name, '\nReferee: ', ref.name, ' (', ref.email, ', ', ...ph(r), ')\nEmployment dates confirmed: ', n(r, 'timestamp-locale'), ' to ', n(r, 'timestamp-locale'), '\nAbsence days last 12 months: 4. Would re-employ: yes.\nForm version ', n(r, 'semver'), '\n').unit();
  }),
  'background-check': fam('US', (r) => {
    const c = who(r, r.pick(['en', 'es', 'vi', 'ko']));
    return new Doc().add(`CONSUMER REPORT — order ${r.digits(9)}\nSubject: `, c.name, '\nSSN: ', ssn(r), ' (verified, issued state on record)\nAddress history: 2 entries. Phone of record ', ...ph(r, r.pick(['national', 'dashes', 'dots'])), '\nCounty criminal search: clear. MVR: valid, fleet vehicle ', n(r, 'fleet-vin'), '\nEducation verified via ', n(r, 'doi'), ' thesis DOI. Report generated ', n(r, 'timestamp-iso'), '\nCandidate e-mail: ', c.email, '\n').unit();
  }),
  'visa-sponsorship-letter': fam('GB DE NL IN PK EG', (r) => {
    const c = who(r, r.pick(['hi', 'uk', 'ar', 'zh', 'pt', 'tr']));
    return new Doc().add('To the Home Office — Certificate of Sponsorship\nWe confirm that ', c.name, ' will be employed as Software Engineer (SOC 2136) at ', n(r, 'price'), ' per annum. CoS reference issued ', n(r, 'timestamp-locale'), '.\n', ...cuedId(r, r.pick(['aadhaar', 'tc', 'cpf'])), '\nThe applicant can be reached at ', c.email, ' or ', ...ph(r, 'international'), '.\n').unit();
  }),
  'exit-interview': fam('CA US', (r) => {
    const c = who(r);
    return new Doc().add('Exit interview notes — ', c.name, `, last day ${ts(r).slice(0, 10)}\nReason: relocation. Laptop asset tag `, n(r, 'lot-number').text, ' returned; badge deactivated.\nFinal pay to ', iban(r, r.pick(['GB', 'FR', 'DE'])), ' (moving to Europe). ', ...cuedId(r, 'sin'), '\nForwarding e-mail ', c.email, ', mobile ', ...ph(r), '\n').unit();
  }),
  'org-chart-json': fam('US DE JP KR TW', (r) => {
    const people = Array.from({ length: r.int(2, 4) }, () => who(r, r.pick(['en', 'de', 'ja', 'ko'])));
    const d = new Doc().add('{"org":"platform","generated":"', n(r, 'timestamp-iso'), '","nodes":[');
    people.forEach((p, i) => d.add(i ? ',' : '', '{"id":"', n(r, 'uuid'), '","displayName":"', p.name, '","mail":"', p.email, '","mobile":"', ...ph(r, 'e164'), `","managerIndex":${i ? 0 : -1}}`));
    return d.add(']}\n').unit();
  }),
  'teams-channel-export': fam('DE AT CH PL', (r) => {
    const [a, b] = [who(r, r.pick(['de', 'pl'])), who(r, r.pick(['de', 'tr', 'it']))];
    return new Doc().add('[', n(r, 'timestamp-locale'), '] ', a.name, ': Kann jemand den Kunden unter ', ...ph(r), ' zurückrufen?\n[', n(r, 'timestamp-locale'), '] ', b.name, ': erledigt, Ticket ', n(r, 'order-id'), '. Seine Mail ist ', a.email, '\n[', n(r, 'timestamp-locale'), '] ', a.name, ': Danke! Release ', n(r, 'semver'), ' ist live, Build ', n(r, 'build-number'), '\n').unit();
  }),
  'outlook-headers': fam('US GB FR', (r) => {
    const [a, b] = [who(r), who(r)];
    return new Doc().add('Received: from ', ip(r, 'v4-public'), ' by mx.contoso-mail.net with Microsoft SMTP Server id ', n(r, 'version-four-part'), '; ', n(r, 'timestamp-locale'), '\nFrom: ', a.name, ' <', a.email, '>\nTo: ', b.email, '\nMessage-ID: <', n(r, 'uuid'), '@mail.contoso-mail.net>\nX-MS-Exchange-Organization-SCL: 1\nX-Originating-IP: [', ip(r), ']\n').unit();
  }),
  'exchange-message-tracking': fam('US GB', (r) => {
    const d = new Doc().add('#Fields: date-time,client-ip,server-ip,event-id,source,message-id,recipient-address,sender-address,total-bytes\n');
    for (let i = 0; i < r.int(2, 4); i++) d.add(n(r, 'timestamp-iso'), ',', ip(r, 'v4-private'), ',', ip(r, 'v4-private'), `,${r.pick(['RECEIVE', 'DELIVER', 'SEND'])},SMTP,<`, n(r, 'uuid'), '@ex01.local>,', who(r).email, ',', who(r).email, ',', String(r.int(2000, 90000)), '\n');
    return d.unit();
  }),
  'proofpoint-tap': fam('US CA', (r) => {
    const v = who(r);
    return new Doc().add('{"type":"messages blocked","threatsInfoMap":[{"threat":"https://login-micros0ft.example/reset","classification":"phish","threatID":"', n(r, 'sha256'), '"}],"recipient":["', v.email, '"],"sender":"', who(r).email, '","senderIP":"', ip(r, 'v4-public'), '","messageTime":"', n(r, 'timestamp-iso'), '","spamScore":', String(r.int(0, 100)), ',"phishScore":100}\n').unit();
  }),
};
