// Workplace-software families of set 14: Intune/Jamf device inventories, Zoom meeting participant
// reports, Calendly booking notifications, BambooHR employee exports, Greenhouse candidate profiles,
// timesheets, Expensify expense reports and corporate card statements. Employees' names, e-mails,
// phones, bank and national ids are gold; asset tags, versions, amounts and dates are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { day, Doc, hm, n, ph, rosterNameOf, who, type Unit } from './kit.js';
import { anyNationalId } from './ids.js';
import { card, iban, ip, mac, ssn } from './values.js';

function mdmInventory(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add(`Device name: ${rng.pick(['MBP', 'SURFACE', 'IPHONE'])}-${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}\nManaged by: ${rng.pick(['Microsoft Intune', 'Jamf Pro'])}\nPrimary user: `, u.name, ' (', u.email, ')\nPhone number: ', ...ph(rng), '\nOS version: ', n(rng, 'version-four-part'), '\nWi-Fi MAC: ', mac(rng, rng.pick(['colon-upper', 'colon-lower'])), '\nEthernet MAC: ', mac(rng, 'hyphen-upper'), '\nLast check-in: ', n(rng, 'timestamp'), '\nLast IP: ', ip(rng), '\nCompliance: ', rng.pick(['Compliant', 'Not compliant (BitLocker)', 'In grace period']), '\nStorage: ', n(rng, 'percentage'), ' used\n').unit();
}

function zoomReport(rng: Rng): Unit {
  const d = new Doc().add(`Meeting ID,Topic,Start Time,Duration (Minutes)\n"${rng.int(800, 999)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}",Quarterly planning,`).add(n(rng, 'timestamp'), `,${rng.int(20, 120)}\n\nName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Location\n`);
  for (let i = rng.int(2, 5); i > 0; i--) {
    const u = who(rng);
    d.add(u.name, ',', u.email, ',', n(rng, 'timestamp'), ',', n(rng, 'timestamp'), `,${rng.int(1, 90)},`, ip(rng), '\n');
  }
  return d.unit();
}

function calendly(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('Subject: New Event: ', u.name, ` - ${hm(rng)} ${rng.pick(['Mon', 'Tue', 'Wed'])}, ${rng.pick(['Dec', 'Jan'])} ${rng.int(1, 28)}, 2026 - 30 Minute Discovery Call\n\nHi team,\nA new event has been scheduled.\n\nInvitee: `, u.name, '\nInvitee Email: ', u.email, '\nText Reminder Number: ', ...ph(rng), '\nEvent Date/Time: ', n(rng, 'timestamp'), '\nInvitee Time Zone: Europe/Berlin\nQuestions:\nCompany size: ', n(rng, 'range'), ' employees\nAnything else? "Please call me on my work line instead: ', ...ph(rng), '"\n').unit();
}

function bamboohr(rng: Rng): Unit {
  const d = new Doc().add('Employee #|Last Name, First Name|Work Email|Mobile Phone|Hire Date|Pay Rate|SSN|Bank Account\n');
  for (let i = rng.int(2, 4); i > 0; i--) {
    const u = who(rng, rng.pick(['en', 'es', 'de', 'pl', 'vi', 'ko']));
    d.add(`${rng.int(100, 999)}|`, rosterNameOf(u.p), '|', u.email, '|', ...ph(rng), '|', day(rng), '|', n(rng, 'price'), '|', ssn(rng), '|', iban(rng), '\n');
  }
  return d.unit();
}

function greenhouse(rng: Rng): Unit {
  const u = who(rng);
  const [cue, id] = anyNationalId(rng);
  return new Doc().add('Candidate: ', u.name, '\nApplied for: Senior Platform Engineer (REQ-', String(rng.int(1000, 9999)), ')\nSource: LinkedIn · Stage: Onsite\nEmail: ', u.email, '\nPhone: ', ...ph(rng), '\nResume: uploaded ', n(rng, 'timestamp'), '\nScorecard (', who(rng).name, '): Strong yes — designed the rollout of Kubernetes ', n(rng, 'version'), ' across ', String(rng.int(3, 40)), ' clusters.\nOffer details: base ', n(rng, 'price'), `; right-to-work check done, ${cue} `, id, ' on file.\n').unit();
}

function timesheet(rng: Rng): Unit {
  const u = who(rng);
  const d = new Doc().add('Weekly timesheet — ', u.name, ' <', u.email, '>\nWeek of ', n(rng, 'timestamp'), '\nProject          Mon   Tue   Wed   Thu   Fri\n');
  for (const p of ['OPS-maintenance', 'FIN-close', 'Training']) d.add(p.padEnd(17), Array.from({ length: 5 }, () => `${rng.int(0, 8)}.${rng.pick([0, 5])}`.padEnd(6)).join(''), '\n');
  return d.add('Overtime approved by ', who(rng).name, ' on ', n(rng, 'timestamp'), '. Total: ', n(rng, 'duration'), '\n').unit();
}

function expensify(rng: Rng): Unit {
  const u = who(rng);
  const d = new Doc().add('Expense report ', n(rng, 'invoice-number'), ' submitted by ', u.name, ' (', u.email, ')\nReimburse to: ', iban(rng), '\n\nDate | Merchant | Category | Amount | Receipt\n');
  for (let i = rng.int(2, 4); i > 0; i--) d.add(n(rng, 'timestamp'), ' | ', rng.pick(['Lufthansa', 'Uber', 'Hotel Adlon', 'Bistro Lumière', 'Deutsche Bahn']), ' | ', rng.pick(['Travel', 'Meals', 'Lodging']), ' | ', n(rng, 'price'), ' | ', rng.pick(['attached', 'missing']), '\n');
  return d.add('Paid with personal card ', card(rng), ' — please refund.\n').unit();
}

function corporateCard(rng: Rng): Unit {
  const u = who(rng);
  const d = new Doc().add('CORPORATE CARD STATEMENT\nCardholder: ', u.name, '\nCard number: ', card(rng, rng.pick(['visa', 'mastercard', 'amex'])), '\nStatement date: ', n(rng, 'timestamp'), '\nCost centre: ', n(rng, 'sku'), '\n\n');
  for (let i = rng.int(3, 5); i > 0; i--) d.add(n(rng, 'timestamp'), '  ', rng.pick(['AWS EMEA', 'SLACK TECHNOLOGIES', 'GITHUB INC', 'HOTEL MONTANA', 'SHELL 0321']).padEnd(22), n(rng, 'price'), '\n');
  return d.add('Questions? Call the card desk on ', ...ph(rng), '.\n').unit();
}

export const WORKPLACE_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'mdm-inventory': mdmInventory, 'zoom-participants': zoomReport, 'calendly-booking': calendly, 'bamboohr-export': bamboohr, 'greenhouse-candidate': greenhouse, timesheet, 'expensify-report': expensify, 'corporate-card-statement': corporateCard,
};
