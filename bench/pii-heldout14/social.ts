// Consumer-platform and vehicle families of set 14: OCPP EV-charging messages, OBD-II fleet logs,
// game-server logs (Steam ids left unlabelled), Twitch chat logs, X/Twitter archive `account.js` and
// `direct-messages.js` files, Facebook "Download your information" JSON. Users' e-mails, phones and IPs
// are gold; charger and fleet identifiers (VIN of a company vehicle), coordinates of public chargers,
// energy readings and versions are hard negatives; RFID tags and handles stay unlabelled.
import type { Rng } from '../pii-heldout/prng.js';
import { HEX } from '../pii-heldout/prng.js';
import { Doc, n, ph, phE164, who, type Unit } from './kit.js';
import { card, ip, mac } from './values.js';

function ocpp(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('[2,"', n(rng, 'uuid'), '","BootNotification",{"chargePointVendor":"Alfen","chargePointModel":"Eve Double","firmwareVersion":"', n(rng, 'version-four-part'), '"}]\n[2,"', n(rng, 'uuid'), '","StartTransaction",{"connectorId":1,"idTag":"', rng.chars(HEX.toUpperCase(), 8), '","meterStart":', String(rng.int(1000, 99999)), ',"timestamp":"', n(rng, 'timestamp'), '"}]\n[2,"', n(rng, 'uuid'), '","DataTransfer",{"vendorId":"eMSP","data":"{\\"driverEmail\\":\\"', u.email, '\\",\\"site\\":\\"', n(rng, 'coordinates'), '\\",\\"energy\\":\\"', n(rng, 'measurement'), '\\"}"}]\n# backend ', ip(rng, 'v4-public'), ', charger modem MAC ', mac(rng), '\n').unit();
}

function obdLog(rng: Rng): Unit {
  const d = new Doc().add('# OBD-II logger, fleet unit ', String(rng.int(100, 999)), ', VIN ', n(rng, 'fleet-vin'), ', logger fw ', n(rng, 'version'), '\n# time,PID,name,value\n');
  for (let i = rng.int(3, 6); i > 0; i--) d.add(n(rng, 'epoch-ms'), `,01${rng.pick(['0C', '0D', '05', '2F'])},${rng.pick(['RPM', 'SPEED', 'COOLANT', 'FUEL'])},${rng.int(0, 4000)}\n`);
  return d.add('# uploaded over LTE from ', ip(rng), '\n').unit();
}

function gameServer(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(3, 5); i > 0; i--) {
    const nick = rng.pick(['xXSniperXx', 'kotek_pl', 'NordicWolf', 'ゆうき', 'Mango42']) + rng.int(1, 99);
    d.add(`L ${rng.int(10, 12)}/${rng.int(10, 28)}/2026 - ${rng.int(10, 23)}:${rng.int(10, 59)}:${rng.int(10, 59)}: "${nick}<${rng.int(2, 40)}><STEAM_1:${rng.int(0, 1)}:${rng.number(8)}><>" connected, address "`, ip(rng, 'v4-public'), `:${rng.int(27000, 27100)}"\n`);
  }
  return d.add('Server version ', n(rng, 'version-four-part'), ', map de_dust2, tickrate 128\n').unit();
}

function twitchChat(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(4, 7); i > 0; i--) {
    const nick = rng.pick(['pogchamp_', 'lurker', 'speedrunfan', 'mod_', 'kawaii']) + rng.int(1, 999);
    d.add(`[${rng.int(10, 23)}:${rng.int(10, 59)}] ${nick}: `, ...rng.pick<() => Array<string | ReturnType<typeof n>>>([
      () => ['new PB at ', n(rng, 'duration'), ' lets go'], () => ['patch ', n(rng, 'version'), ' broke the skip'], () => ['dm me for collabs ', who(rng).email],
      () => ['my whatsapp ', ...ph(rng), ' for the giveaway'], () => ['LUL ', n(rng, 'percentage'), ' drop rate'], () => ['gg wp'],
    ])(), '\n');
  }
  return d.unit();
}

function twitterArchive(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('window.YTD.account.part0 = [\n  {\n    "account" : {\n      "email" : "', u.email, '",\n      "createdVia" : "web",\n      "username" : "', rng.chars('abcdefghijklmnopqrstuvwxyz_', 10), '",\n      "accountId" : "', rng.number(19), '",\n      "createdAt" : "', n(rng, 'timestamp'), '",\n      "accountDisplayName" : "', u.name, '"\n    }\n  }\n]\nwindow.YTD.phone_number.part0 = [ { "device" : { "phoneNumber" : "', phE164(rng), '" } } ]\nwindow.YTD.ip_audit.part0 = [ { "ipAudit" : { "createdAt" : "', n(rng, 'timestamp'), '", "loginIp" : "', ip(rng), '" } } ]\n').unit();
}

function facebookDyi(rng: Rng): Unit {
  const u = who(rng);
  const f = who(rng);
  return new Doc().add('{\n  "profile_v2": {\n    "name": { "full_name": "', u.name, '" },\n    "emails": { "emails": ["', u.email, '"] },\n    "phone_numbers": [ { "phone_type": "Mobile", "phone_number": "', phE164(rng), '" } ]\n  },\n  "friends_v2": [ { "name": "', f.name, '", "timestamp": ', n(rng, 'epoch-seconds'), ' } ],\n  "payment_history_v2": { "preferred_currency": "EUR", "payments": [ { "amount": "', n(rng, 'price'), '", "card": "', card(rng), '" } ] },\n  "account_activity_v2": [ { "action": "Login", "ip_address": "', ip(rng), '", "user_agent": "FBAV/', n(rng, 'version-four-part'), '" } ]\n}\n').unit();
}

export const SOCIAL_SOURCES14: Record<string, (rng: Rng) => Unit> = { 'ocpp-messages': ocpp, 'obd2-fleet-log': obdLog, 'game-server-log': gameServer, 'twitch-chat': twitchChat, 'twitter-archive-js': twitterArchive, 'facebook-dyi-json': facebookDyi };
