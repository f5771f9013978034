// Payment, finance and device documents of set 11: Swiss QR-bill and EPC (SEPA) QR payloads, a crypto
// exchange's KYC report, a brokerage trade confirmation, a US loan application, Plaid-style identity
// JSON; Android logcat, an NMEA fleet-tracker log, AIS at a vessel traffic service, an ADS-B feeder
// status, Zigbee2MQTT and Home Assistant logs, a Modbus/SCADA poll log. Wallet addresses, transaction
// hashes, account numbers and their masks, IEEE/EUI-64 device addresses and MMSIs are left out (arguably
// personal).
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, neg, type Unit } from '../pii-heldout4/unit.js';
import { negative } from './negatives.js';
import { nameOf, person, type Lang11 } from './people.js';
import { phone } from './phones.js';
import { card, email, iban, ip, ipv4, ipv6, mac, nationalId, ssn } from './values.js';
import { awsPair, password, token } from './secrets.js';

const two = (r: Rng, hi: number, lo = 0) => String(r.int(lo, hi)).padStart(2, '0');
const compact = (p: ReturnType<typeof negative>) => neg(p.kind!, `${p.form}-compact`, p.text.replace(/ /g, ''));

function swissQrBill(r: Rng): Unit {
  const p = person(r, r.pick(['de', 'fr', 'it']));
  const d = new Doc().add('SPC\n0200\n1\n', iban(r, r.pick(['CH', 'LI']), 'compact'), `\nS\n${r.pick(['Elektrizitätswerk Zug AG', 'Garage du Lac SA', 'Zahnarztpraxis Meier'])}\n${r.pick(['Bahnhofstrasse', 'Rue du Rhône', 'Via Nassa'])}\n${r.int(1, 99)}\n${r.int(1000, 9658)}\n${r.pick(['Zug', 'Genève', 'Lugano'])}\nCH\n\n\n\n\n\n\n\n`);
  d.add(`${r.int(10, 4999)}.${r.digits(2)}\nCHF\nS\n`, nameOf(p), `\n${r.pick(['Seestrasse', 'Chemin des Vignes'])}\n${r.int(1, 80)}\n${r.int(1000, 9658)}\n${r.pick(['Bern', 'Lausanne', 'Basel'])}\nCH\n`);
  if (r.chance(0.6)) d.add('SCOR\n', compact(negative(r, 'rf-reference')), '\n');
  else d.add('NON\n\n');
  d.add(`${r.pick(['Rechnung', 'Facture'])} `, negative(r, 'invoice-number'), '\nEPD\n');
  return d.unit();
}

function epcQr(r: Rng): Unit {
  const lang = r.pick<Lang11>(['fi', 'de', 'nl', 'cs', 'ro']);
  const p = person(r, lang);
  const c = ({ fi: 'FI', de: 'DE', nl: 'NL', cs: 'CZ', ro: 'RO' } as const)[lang as 'fi'];
  const d = new Doc().add(`BCD\n002\n1\nSCT\n`, negative(r, 'bic'), '\n', nameOf(p), '\n', iban(r, c, 'compact'), `\nEUR${r.int(1, 999)}.${r.digits(2)}\n\n`);
  if (r.chance(0.5)) d.add(compact(negative(r, 'rf-reference')), '\n\n');
  else d.add('\n', `${r.pick(['Miete', 'Vuokra', 'Huur', 'Nájem'])} `, negative(r, 'invoice-number'), '\n');
  return d.unit();
}

function cryptoKyc(r: Rng): Unit {
  const lang = r.pick<Lang11>(['tr', 'pt', 'it', 'es', 'en']);
  const p = person(r, lang);
  const d = new Doc().add('KYC VERIFICATION REPORT\nApplicant ID: ', negative(r, 'uuid'), '\nFull name: ', nameOf(p), '\nE-mail: ', email(r, p), '\nMobile: ', phone(r, ({ tr: 'TR', pt: 'BR', it: 'IT', es: 'ES', en: 'GB' } as const)[lang as 'tr'], 'international'), '\n');
  const id = nationalId(r);
  d.add(`Document: ${({ 'uk-nino': 'National Insurance number', 'es-dni': 'DNI/NIE', 'it-fiscal-code': 'Codice fiscale', 'in-aadhaar': 'Aadhaar', 'br-cpf': 'CPF' } as Record<string, string>)[id.type!]} `, id, '\nLiveness: passed (score 0.97)\nLogin IPs: ', ip(r), ', ', ip(r), '\nReviewed: ', negative(r, 'timestamp'), `\nDeposit limit: `, negative(r, 'amount'), '\n');
  return d.unit();
}

function tradeConfirmation(r: Rng): Unit {
  const lang = r.pick<Lang11>(['sv', 'pl', 'de', 'en', 'hu']);
  const p = person(r, lang);
  const adv = person(r, lang);
  const d = new Doc().add(`TRADE CONFIRMATION / ${r.pick(['Avräkningsnota', 'Potwierdzenie transakcji', 'Wertpapierabrechnung', 'Ügyletvisszaigazolás'])}\nClient: `, nameOf(p), '\nTrade date: ', negative(r, 'timestamp'), `\n${r.pick(['BUY', 'SELL'])} ${r.int(1, 900)} x ${r.pick(['Ericsson B', 'PKN Orlen', 'Siemens AG', 'OTP Bank', 'Apple Inc'])} ISIN `, negative(r, 'isin'), ...(r.chance(0.4) ? [' CUSIP ', negative(r, 'cusip')] : []), '\nPrice ', negative(r, 'amount'), '  Net ', negative(r, 'amount'), '\n');
  d.add('Executing broker LEI ', negative(r, 'lei'), '  BIC ', negative(r, 'bic'), '\nSettlement to ', iban(r, r.pick(['SE', 'PL', 'DE', 'HU', 'GB'])), '\nYour adviser: ', nameOf(adv), ', ', email(r, adv, true), ', ', phone(r, r.pick(['SE', 'PL', 'DE', 'HU', 'GB'])), '\n');
  return d.unit();
}

function loanApplication(r: Rng): Unit {
  const p = person(r, r.pick(['en', 'es', 'vi', 'tl']));
  const d = new Doc().add('UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1a\nName: ', nameOf(p), '\nSocial Security Number: ', ssn(r), '\nHome Phone: ', phone(r, 'US', r.pick(['national', 'dashed', 'dotted'])), '\nEmail: ', email(r, p), '\n');
  const emp = person(r, 'en');
  d.add('Employer phone: ', phone(r, r.pick(['US', 'CA']), 'national'), '  contact ', nameOf(emp), '\nGross monthly income: ', negative(r, 'amount'), '\nDown payment bank routing no. ', negative(r, 'aba-routing'), '\nLoan amount: ', negative(r, 'amount'), '  Application ', negative(r, 'claim-number'), '\n');
  if (r.chance(0.3)) d.add('Application fee card: ', card(r), '\n');
  return d.unit();
}

function plaidIdentity(r: Rng): Unit {
  const p = person(r, r.pick(['en', 'es', 'vi']));
  const d = new Doc().add('{\n  "accounts": [{\n    "balances": {"available": ', `${r.int(10, 9000)}.${r.digits(2)}`, ', "iso_currency_code": "USD"},\n    "owners": [{\n      "names": ["', nameOf(p), '"],\n      "emails": [{"data": "', email(r, p), '", "primary": true, "type": "primary"}],\n      "phone_numbers": [{"data": "', phone(r, 'US', r.pick(['national', 'dashed', 'compact'])), '", "primary": true, "type": "mobile"}]\n    }],\n    "subtype": "checking"\n  }],\n');
  d.add('  "transactions_sample": [{"amount": ', `${r.int(1, 400)}.${r.digits(2)}`, ', "date": "', negative(r, 'timestamp'), '", "category_id": "', negative(r, 'record-id'), '", "merchant_name": "', r.pick(['Uber', 'Starbucks', 'Walgreens']), '"}],\n');
  if (r.chance(0.4)) d.add('  "debug_access_token": "', token(r, 'plaid'), '",\n');
  d.add('  "item": {"institution_id": "ins_', `${r.int(1, 130000)}`, '", "update_type": "background"}\n}\n');
  return d.unit();
}

function logcat(r: Rng): Unit {
  const d = new Doc();
  const head = () => `${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')} ${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}  ${r.int(400, 30000)}  ${r.int(400, 30000)} `;
  for (let i = 0; i < r.int(3, 6); i++) {
    const k = r.int(0, 4);
    const p = person(r, r.pick(['id', 'th', 'vi', 'tr', 'pl']));
    if (k === 0) d.add(head(), 'I WifiClientModeImpl: Connected to BSSID ', mac(r, 'colon'), ' ip ', ipv4(r, true), '\n');
    else if (k === 1) d.add(head(), 'D AccountManagerService: addAccountExplicitly account=', email(r, p), ' type=com.google\n');
    else if (k === 2) d.add(head(), 'I SmsReceiver: incoming from ', phone(r, r.pick(['ID', 'TH', 'VN', 'TR', 'PL']), 'e164'), '\n');
    else if (k === 3) d.add(head(), 'I ActivityManager: Start proc for service ', r.pick(['com.whatsapp', 'com.grabtaxi.passenger']), ' build ', negative(r, 'build-number'), ' version ', negative(r, 'semver'), '\n');
    else d.add(head(), 'W OkHttp: <-- 200 https://api.example-shop.co.id/v2/cart/', negative(r, 'uuid'), ' (', negative(r, 'duration'), ')\n');
  }
  return d.unit();
}

function nmeaTracker(r: Rng): Unit {
  const p = person(r, r.pick(['no', 'fi', 'sv', 'da']));
  const d = new Doc().add('# fleet tracker export, unit driver ', nameOf(p), ' ', phone(r, r.pick(['NO', 'FI', 'SE', 'DK'])), '\n');
  for (let i = 0; i < r.int(2, 5); i++) d.add(`$GPRMC,${two(r, 23)}${two(r, 59)}${two(r, 59)}.00,A,`, negative(r, 'nmea-coordinate'), `,${r.int(0, 60)}.${r.digits(1)},${r.int(0, 359)}.${r.digits(1)},${two(r, 28, 1)}${two(r, 12, 1)}26,,,A*${r.chars('0123456789ABCDEF', 2)}\n`);
  d.add('# upload from ', ip(r), ' at ', negative(r, 'timestamp'), '\n');
  return d.unit();
}

function aisVts(r: Rng): Unit {
  const p = person(r, r.pick(['el', 'tr', 'no', 'fi']));
  const d = new Doc().add(`VTS ${r.pick(['Piraeus', 'Bosphorus', 'Horten', 'Helsinki'])} raw feed\n`);
  for (let i = 0; i < r.int(2, 5); i++) d.add(negative(r, 'ais-payload'), '\n');
  d.add('Watch officer on duty: ', nameOf(p), ', tel ', phone(r, r.pick(['GR', 'TR', 'NO', 'FI'])), ', ', email(r, p, true), '\n');
  return d.unit();
}

function adsbFeeder(r: Rng): Unit {
  const p = person(r, r.pick(['cs', 'hu', 'ro', 'en']));
  const d = new Doc().add('feeder status: ', r.pick(['online', 'degraded']), ' | owner ', email(r, p), ' | wan ', ipv4(r, false), ' | lan ', ipv4(r, true), '\n');
  for (let i = 0; i < r.int(2, 5); i++) d.add(`MSG,3,1,1,`, negative(r, 'icao24'), `,1,2026/12/${String(r.int(1, 28)).padStart(2, '0')},${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)},,,,${r.int(1000, 41000)},,,`, neg('coordinates', 'coordinates-csv', negative(r, 'coordinates').text.replace(', ', ',')), ',,,0,0,0,0\n');
  return d.unit();
}

function zigbee2mqtt(r: Rng): Unit {
  const d = new Doc().add(`Zigbee2MQTT:info  2026-12-${String(r.int(1, 28)).padStart(2, '0')} 0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}: Connecting to MQTT server at mqtt://`, ipv4(r, true), ':1883\n');
  d.add('Zigbee2MQTT:debug Using MQTT login with username: ', r.pick(['mqtt', 'homeassistant', 'z2m']), ' password: ', password(r), '\n');
  for (let i = 0; i < r.int(1, 4); i++) d.add(`Zigbee2MQTT:info  MQTT publish: topic 'zigbee2mqtt/${r.pick(['living_room_plug', 'hallway_motion', 'bathroom_th'])}', payload '{"linkquality":${r.int(10, 255)},"temperature":${r.int(15, 28)}.${r.digits(1)},"update":{"installed_version":${r.int(100, 999999)},"state":"idle"}}'\n`);
  d.add('Zigbee2MQTT:info  Zigbee2MQTT started! coordinator firmware ', negative(r, 'build-number'), '\n');
  return d.unit();
}

function homeAssistant(r: Rng): Unit {
  const p = person(r, r.pick(['nl', 'de', 'sv', 'pl']));
  const ts = () => `2026-12-${String(r.int(1, 28)).padStart(2, '0')} ${String(r.int(0, 23)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}`;
  const d = new Doc().add(ts(), ' WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from ', r.chance(0.5) ? ipv4(r, false) : ipv6(r, 'compressed'), '. Requested URL: \'/auth/token\'.\n');
  d.add(ts(), ' INFO (MainThread) [homeassistant.components.notify] Sending SMS to ', phone(r, r.pick(['NL', 'DE', 'SE', 'PL']), 'e164'), ' for ', nameOf(p), '\n');
  d.add(ts(), ' ERROR (MainThread) [homeassistant.components.imap] Login failed for ', email(r, p), '\n');
  d.add(ts(), ' INFO (MainThread) [homeassistant.setup] Setup of domain hacs took ', negative(r, 'duration'), ', version ', negative(r, 'semver'), '\n');
  return d.unit();
}

function modbusScada(r: Rng): Unit {
  const p = person(r, r.pick(['ro', 'cs', 'hu', 'pl']));
  const d = new Doc().add('[poller] site ', r.pick(['Pompa-3', 'ČOV Brno', 'Szivattyú 2']), '\n');
  for (let i = 0; i < r.int(2, 4); i++) d.add('TX ', ipv4(r, true), `:502 unit ${r.int(1, 32)} `, negative(r, 'modbus-frame'), `  RX ${r.int(4, 40)} bytes in ${r.int(3, 90)} ms\n`);
  d.add('PLC ', mac(r, r.pick(['hyphen', 'colon-upper'])), ' firmware ', negative(r, 'semver'), '\n');
  d.add('ALARM escalated to on-call ', nameOf(p), ' ', phone(r, r.pick(['RO', 'CZ', 'HU', 'PL'])), '\n');
  if (r.chance(0.3)) { const k = awsPair(r); d.add('historian upload key ', k.id, ' secret ', k.secret, '\n'); }
  return d.unit();
}

export const FINANCE_DEVICES11: Record<string, (r: Rng) => Unit> = {
  'swiss-qr-bill': swissQrBill, 'epc-qr': epcQr, 'crypto-kyc-report': cryptoKyc, 'trade-confirmation': tradeConfirmation, 'loan-application': loanApplication, 'plaid-identity': plaidIdentity,
  'android-logcat': logcat, 'nmea-tracker': nmeaTracker, 'ais-vts': aisVts, 'adsb-feeder': adsbFeeder, zigbee2mqtt, 'home-assistant': homeAssistant, 'modbus-scada': modbusScada,
};
