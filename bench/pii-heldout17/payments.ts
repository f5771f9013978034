// Payment messages of set 17: Twilio message logs, iDEAL status JSON, PayPal IPN bodies, Adyen webhook notifications, PIX receipts (BR),
// UPI transaction SMS (IN), M-Pesa SMS (KE) and SendGrid event webhooks. Transaction and PSP
// references, masked cards, VPAs and random PIX keys are left unlabelled (each points at one payer).
import * as N from './negatives.js';
import { Doc, gold, ph, who, type Rng, type Unit } from './kit.js';
import * as S from './secrets.js';
import * as V from './values.js';

const hexRef = (r: Rng, n: number) => r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', n);

function paypalIpn(r: Rng): Unit {
  const p = who(r, ['en', 'de', 'fr', 'it']);
  const enc = (s: string) => encodeURIComponent(s);
  const e = V.email(r, p.p);
  const ip = V.ip(r, 'v4-public');
  return new Doc().add('POST /ipn/paypal HTTP/1.1 from ', ip, '\n', 'mc_gross=', N.amount(r), '&protection_eligibility=Eligible&payer_id=', hexRef(r, 13), '&payment_date=', enc(N.timestamp(r, 'rfc2822').text), '&payment_status=Completed&first_name=',
    gold('person', `${p.p.lang}:given`, enc(p.p.given)), '&last_name=', gold('person', `${p.p.lang}:family`, enc(p.p.family)), '&payer_email=', { ...e, text: enc(e.text) }, '&txn_id=', hexRef(r, 17), '&mc_currency=EUR&item_number=', N.orderId(r), '&receiver_email=', V.email(r, undefined, 'shop-payments.eu'), '&ipn_track_id=', r.chars('0123456789abcdef', 13), '\n').unit();
}

function adyen(r: Rng): Unit {
  const s = who(r, ['nl', 'de', 'fr', 'pt']);
  return new Doc().add('{"live":"true","notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"true","eventDate":"', N.timestamp(r, 'iso'), '","merchantAccountCode":"WebshopEU","merchantReference":"', N.orderId(r), '",',
    '"amount":{"currency":"EUR","value":', String(r.int(100, 99999)), '},"additionalData":{"shopperEmail":"', s.email, '","shopperName":"', s.name, '","shopperIP":"', V.ip(r), '","shopperTelephone":"', ph(r), '","cardSummary":"', r.digits(4), '","expiryDate":"', `${r.int(1, 12)}/2029`, '","checkout.cardAddedBrand":"visa"},"pspReference":"', hexRef(r, 16), '"}}]}\n').unit();
}

function pix(r: Rng): Unit {
  const a = who(r, 'pt');
  const b = who(r, 'pt');
  const keyIsMail = r.chance(0.5);
  return new Doc().add('Comprovante de transferência Pix\n', N.timestamp(r, 'de'), '\nValor: R$ ', N.amount(r, true), '\n\nDe: ', a.name, '\nCPF: ', V.nationalId(r, 'br-cpf'), '\n\nPara: ', b.name, '\nChave Pix: ', ...(keyIsMail ? [b.email] : [ph(r)]), '\n',
    'ID da transação: E', r.digits(8), '2026', r.digits(8), hexRef(r, 11), '\nAutenticação ', N.sha256(r), '\n').unit();
}

function upiSms(r: Rng): Unit {
  const p = who(r, 'hi');
  return new Doc().add(N.timestamp(r, 'iso'), ' VM-HDFCBK: Rs.', N.amount(r), ' debited from A/c XX', r.digits(4), ' to VPA ', `${p.p.latin[0]}${r.int(10, 99)}@okaxis`, ' on ', `${r.int(10, 28)}-12-26`, '. UPI Ref ', r.digits(12), '. Not you? Call ', ph(r), '. Aadhaar-linked KYC for ', p.name, ': ', V.nationalId(r, 'in-aadhaar'), '\n').unit();
}

function mpesa(r: Rng): Unit {
  const s = who(r, 'sw');
  return new Doc().add(hexRef(r, 10), ' Confirmed. Ksh', N.amount(r), ' sent to ', gold('person', 'sw:upper', s.full.toUpperCase()), ' ', ph(r), ' on ', `${r.int(1, 28)}/12/26`, ' at ', `${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} PM`, '. New M-PESA balance is Ksh', N.amount(r), '. Transaction cost, Ksh', N.amount(r), '.\n').unit();
}

function sendgrid(r: Rng): Unit {
  const d = new Doc().add('[');
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const p = who(r, ['en', 'es', 'pt']);
    d.add(i ? ',' : '', '{"email":"', p.email, '","timestamp":', N.epoch(r), ',"event":"', r.pick(['delivered', 'open', 'click', 'bounce']), '","ip":"', V.ip(r), '","sg_event_id":"', r.chars('0123456789abcdefABCDEF-_', 22), '","sg_message_id":"', r.chars('0123456789abcdefABCDEF', 22), '.filter0001","category":["receipts"],"useragent":"Mozilla/5.0"}');
  }
  return d.add(']\n').unit();
}

function twilio(r: Rng): Unit {
  const d = new Doc();
  for (let i = 0, n = r.int(2, 4); i < n; i++) d.add(N.timestamp(r, 'iso'), ' POST /2010-04-01/Accounts/AC', r.chars('0123456789abcdef', 32), '/Messages.json ', N.httpStatus(r), ' From=', ph(r), ' To=', ph(r), ' Status=', r.pick(['queued', 'delivered', 'undelivered']), ' ErrorCode=', r.pick(['null', '30003', '30005']), ' latency=', N.duration(r), '\n');
  if (r.chance(0.5)) d.add('# repro: curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC', r.chars('0123456789abcdef', 32), '/Messages.json -u AC', r.chars('0123456789abcdef', 32), ':', S.secret(r, 'twilio-auth-token', 'curl-basic'), ' --data-urlencode "To=', ph(r), '"\n');
  return d.unit();
}

function ideal(r: Rng): Unit {
  const c = who(r, ['nl', 'nl', 'fr', 'tr']);
  return new Doc().add('{"transactionId":"', r.digits(16), '","createdDateTimestamp":"', N.timestamp(r, 'iso'), '","status":"', r.pick(['SUCCESS', 'CANCELLED', 'EXPIRED']), '","amount":{"value":"', N.amount(r), '","currency":"EUR"},"debtor":{"name":"', c.name, '","iban":"', V.iban(r, r.pick(['NL', 'BE']), 'compact'), '","bic":"', N.bic(r), '"},"reference":"', N.invoiceNo(r), '"}\n',
    N.timestamp(r, 'iso'), ' WARN checkout validation: rejected IBAN input ', N.badIban(r), ' (mod-97) and card input ', N.badCard(r), ' (Luhn) for session ', N.uuid(r), '\n').unit();
}

export const PAYMENTS17: Record<string, (r: Rng) => Unit> = { 'twilio-logs': twilio, 'ideal-status': ideal, 'paypal-ipn': paypalIpn, 'adyen-notification': adyen, 'pix-receipt': pix, 'upi-sms': upiSms, 'mpesa-sms': mpesa, 'sendgrid-events': sendgrid };
