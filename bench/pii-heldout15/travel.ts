// Set 15's travel, telecom and IoT families: car-rental agreements, ferry manifests, rail e-tickets,
// cruise folios, travel-insurance claims, number-porting requests, SMS gateway delivery reports, USSD
// session logs, smart-meter reading exports, EV fleet charging logs, DJI-style drone flight logs and
// LoRaWAN uplinks. Ticket numbers, member numbers, device EUIs and meter ids tied to a person are
// left unlabelled (neither gold nor negative), and so is a drone's track (where its pilot is).
import { n } from './negatives.js';
import { cuedId } from './nationals.js';
import { card, iban, ip, mac } from './values.js';
import { Doc, fam, ph, ts, who, type Family } from './kit.js';

export const TRAVEL15: Record<string, Family> = {
  'car-rental-agreement': fam('IT ES PT', (r) => {
    const c = who(r, r.pick(['it', 'es', 'pt', 'de', 'en']));
    return new Doc().add(`CONTRATTO DI NOLEGGIO RA-${r.digits(8)}\nConducente: `, c.name, '\n', ...cuedId(r, r.pick(['cf', 'dni', 'nif'])), '\nVeicolo: Fiat 500 Hybrid, telaio ', n(r, 'fleet-vin'), '\nRitiro ', n(r, 'timestamp-locale'), ' — km ', n(r, 'measurement'), '\nCauzione su carta ', card(r), '\nCell. ', ...ph(r), ' · ', c.email, '\n').unit();
  }),
  'ferry-manifest': fam('GR IT TR BG', (r) => {
    const d = new Doc().add('PASSENGER MANIFEST — vessel ', n(r, 'imo-number'), ` — departure ${ts(r, ' ')}\n`);
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = who(r, r.pick(['el', 'it', 'tr', 'de', 'en']));
      d.add(`${i + 1};`, p.name, `;${r.pick(['M', 'F'])};${r.pick(['GRC', 'ITA', 'TUR', 'DEU', 'GBR'])};`, ...ph(r, 'e164'), `;cabin ${r.int(100, 499)}\n`);
    }
    return d.add('Vehicle deck: container ', n(r, 'iso6346-container'), '\n').unit();
  }),
  'rail-eticket': fam('DE AT CH FR', (r) => {
    const c = who(r, r.pick(['de', 'fr', 'it', 'nl']));
    return new Doc().add('Online-Ticket\nReisender: ', c.name, `\nICE ${r.int(500, 1999)} Frankfurt(Main)Hbf → Basel SBB, Abfahrt `, n(r, 'timestamp-locale'), '\nPreis ', n(r, 'price'), ' · BahnCard 25\nBuchungsbestätigung an ', c.email, '\nZahlung: ', iban(r, r.pick(['DE', 'AT', 'CH'])), ' (SEPA-Lastschrift)\nTicket-Hash ', n(r, 'sha256').text, '\n').unit();
  }),
  'cruise-folio': fam('US GB NO', (r) => {
    const g = who(r);
    const d = new Doc().add('GUEST FOLIO — ', g.name, ` — stateroom ${r.int(4, 12)}${r.digits(3)}\n`);
    for (let i = 0; i < r.int(2, 4); i++) d.add(n(r, 'timestamp-iso'), `  ${r.pick(['Spa treatment', 'Shore excursion Geiranger', 'Specialty dining', 'Wi-Fi package'])}  `, n(r, 'price'), '\n');
    return d.add('Settled to card ', card(r, ' '), '\n', ...(r.chance(0.4) ? [...cuedId(r, 'fnr'), ' (Norwegian port registration)\n'] : []), 'Folio sent to ', g.email, '\n').unit();
  }),
  'travel-insurance-claim': fam('GB IE NL', (r) => {
    const c = who(r);
    return new Doc().add('Travel claim form — policy TRV-', String(r.int(100000, 999999)), '\nClaimant: ', c.name, ' · ', c.email, ' · ', ...ph(r), '\nFlight ', n(r, 'flight-number'), ' cancelled ', n(r, 'timestamp-locale'), '\nExpenses: hotel ', n(r, 'price'), ', meals ', n(r, 'price'), '\nPay to ', ...(r.chance(0.5) ? [iban(r, r.pick(['GB', 'IE', 'NL']))] : ['card ', card(r)]), '\n').unit();
  }),
  'porting-request': fam('ES PT IT', (r) => {
    const c = who(r, r.pick(['es', 'pt', 'it']));
    const kind = ({ es: r.pick(['dni', 'nie'] as const), pt: 'nif', it: 'cf' } as const)[c.p.lang as 'es'];
    return new Doc().add('SOLICITUD DE PORTABILIDAD\nTitular: ', c.name, '\n', ...cuedId(r, kind), '\nNúmero a portar: ', ...ph(r, 'national'), '\nOperador donante: Movistar — ventana ', n(r, 'timestamp-locale'), '\nContacto: ', c.email, '\nRef. ', n(r, 'order-id').text, '\n').unit();
  }),
  'sms-gateway-dlr': fam('IN PK BD NG KE', (r) => {
    const d = new Doc();
    for (let i = 0; i < r.int(3, 5); i++) d.add('id:', n(r, 'uuid'), ` sub:001 dlvrd:001 submit date:${r.digits(10)} done date:${r.digits(10)} stat:${r.pick(['DELIVRD', 'UNDELIV', 'EXPIRED'])} err:000 dest:`, ...ph(r, 'e164'), ' smsc:', ip(r, 'v4-private'), '\n');
    return d.unit();
  }),
  'ussd-session': fam('KE NG TZ ZA EG MA', (r) => {
    const d = new Doc().add(`USSD *${r.int(100, 999)}# session ${r.chars('0123456789ABCDEF', 12)} msisdn=`, ...ph(r, 'e164'), '\n');
    d.add('> 1. Send money 2. Buy airtime\n< 1\n> Enter recipient number\n< ', ...ph(r, 'national'), '\n> Amount (KES)\n< ', String(r.int(10, 9000)), '\n> Confirm transfer to ', who(r, 'sw').name, '? PIN required\n< ****\n');
    return d.add('elapsed ', n(r, 'duration'), '\n').unit();
  }),
  'smart-meter-readings': fam('GB IE', (r) => {
    const c = who(r, 'en');
    const d = new Doc().add(`MPAN ${r.digits(2)} ${r.digits(3)} ${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)} (customer `, c.name, ', ', c.email, ')\nreading_ts,import_kwh,export_kwh\n');
    for (let i = 0; i < r.int(3, 5); i++) d.add(n(r, 'timestamp-iso'), ',', (r.int(100, 99999) / 1000).toFixed(3), ',0.000\n');
    return d.add('firmware ', n(r, 'semver'), '\n').unit();
  }),
  'ev-fleet-charging': fam('NL NO DE', (r) => {
    const d = new Doc().add('session_id,vin,charger,started,energy_kwh,driver_email\n');
    for (let i = 0; i < r.int(2, 4); i++) d.add(n(r, 'uuid'), ',', n(r, 'fleet-vin'), ',', `NL*ABC*E${r.digits(7)}`, ',', n(r, 'timestamp-iso'), ',', (r.int(500, 90000) / 1000).toFixed(2), ',', who(r, r.pick(['nl', 'de', 'sv'])).email, '\n');
    return d.add('depot charger site ', n(r, 'coordinates'), '\n').unit();
  }),
  'drone-flight-log': fam('US JP AU HK MY PH', (r) => {
    const pilot = who(r);
    const d = new Doc().add(`DJI FlightRecord ${ts(r)} app `, n(r, 'semver'), ' aircraft fw ', n(r, 'version-four-part'), '\npilot_account=', pilot.email, ' remote_id_operator_phone=', ...ph(r, 'international'), '\n');
    for (let i = 0; i < r.int(2, 4); i++) d.add(`t=${i * 10}s lat/lon=`, n(r, 'coordinates').text, ` alt=${r.int(10, 120)}m bat=`, n(r, 'percentage'), '\n');
    return d.add('controller wifi ', mac(r, 'colon-upper'), '\n').unit();
  }),
  'lorawan-uplink': fam('NL FR DE', (r) => new Doc().add('{"end_device_ids":{"device_id":"soil-', String(r.int(1, 99)), '","dev_eui":"', r.chars('0123456789ABCDEF', 16), '"},"received_at":"', n(r, 'timestamp-iso'), '","uplink_message":{"f_port":2,"frm_payload":"', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 12), '=","rx_metadata":[{"gateway_ids":{"gateway_id":"gw-roof"},"rssi":-', String(r.int(60, 120)), ',"location":{"lat":52.1,"lon":5.1}}],"settings":{"frequency":"868100000"}},"forwarder":"', ip(r, 'v4-public'), '","api_key_used":"', n(r, 'placeholder-secret'), '","owner_notify":"', who(r, r.pick(['nl', 'fr', 'de'])).email, '"}\n').unit()),
};
