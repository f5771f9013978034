// Web-analytics and edge families of set 14: GA4 BigQuery export rows, Segment track calls, Mixpanel
// imports, ad-click logs, cookie-consent logs, Cloudflare Logpush and Fastly real-time log lines.
// Client IPs and the personal fields a careless integration sends along are gold; click ids and
// pseudonymous client ids are left unlabelled; versions, timestamps, prices, GTINs are hard negatives.
import type { Rng } from '../pii-heldout/prng.js';
import { ALNUM } from '../pii-heldout/prng.js';
import { Doc, n, ph, phE164, who, type Unit } from './kit.js';
import { card, ip } from './values.js';

function ga4Export(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{"event_date":"2026', String(rng.int(10, 12)), String(rng.int(10, 28)), '","event_timestamp":"', n(rng, 'epoch-ms'), '","event_name":"purchase","event_params":[{"key":"page_location","value":{"string_value":"https://shop.example-retail.eu/checkout/done?email=', u.email, '"}},{"key":"value","value":{"double_value":', `${rng.int(5, 900)}.${rng.digits(2)}`, '}},{"key":"customer_phone","value":{"string_value":"', ...ph(rng), '"}}],"user_pseudo_id":"', `${rng.number(10)}.${rng.number(10)}`, '","device":{"category":"mobile","operating_system_version":"iOS ', n(rng, 'version'), '"},"items":[{"item_id":"', n(rng, 'gtin'), '","price":', `${rng.int(1, 300)}.${rng.digits(2)}`, '}]}\n').unit();
}

function segmentTrack(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('analytics.track({\n  userId: "', rng.chars(ALNUM, 12), '",\n  event: "Order Completed",\n  properties: {\n    orderId: "', n(rng, 'order-id'), '",\n    revenue: ', String(rng.int(10, 500)), ',\n    coupon: "WINTER', String(rng.int(10, 30)), '",\n    shippingName: "', u.name, '",\n    shippingEmail: "', u.email, '",\n    cardNumber: "', card(rng), '"  // TODO: remove before launch\n  },\n  context: { ip: "', ip(rng), '", library: { name: "analytics.js", version: "', n(rng, 'version'), '" } },\n  timestamp: "', n(rng, 'timestamp'), '"\n});\n').unit();
}

function mixpanel(rng: Rng): Unit {
  const u = who(rng);
  return new Doc().add('{"event":"Signed Up","properties":{"time":', n(rng, 'epoch-seconds'), ',"distinct_id":"', rng.chars('abcdef0123456789', 14), '","$insert_id":"', rng.chars(ALNUM, 16), '","$name":"', u.name, '","$email":"', u.email, '","$phone":"', ...ph(rng), '","ip":"', ip(rng), '","$app_version_string":"', n(rng, 'version'), '","plan":"pro","mrr":', String(rng.int(9, 99)), '}}\n').unit();
}

function adClicks(rng: Rng): Unit {
  const d = new Doc().add('# ad-click log, tab-separated: ts, campaign, click id, ip, ua, landing\n');
  for (let i = rng.int(3, 6); i > 0; i--)
    d.add(n(rng, 'epoch-ms'), `\tcmp_${rng.int(100, 999)}\tgclid=${rng.chars(ALNUM + '-_', 40)}\t`, ip(rng), `\tMozilla/5.0 (Linux; Android ${rng.int(10, 15)})\t/landing/${rng.pick(['winter', 'b2b', 'free-trial'])}?cost=`, n(rng, 'price'), '\n');
  return d.unit();
}

function cookieConsent(rng: Rng): Unit {
  const d = new Doc().add('consent_id;timestamp;ip;categories;banner_version;user_email\n');
  for (let i = rng.int(2, 5); i > 0; i--) {
    const u = who(rng);
    d.add(n(rng, 'uuid'), ';', n(rng, 'timestamp'), ';', ip(rng), ';', rng.pick(['necessary', 'necessary,analytics', 'necessary,analytics,marketing']), ';', n(rng, 'version'), ';', ...(rng.chance(0.6) ? [u.email] : ['-']), '\n');
  }
  return d.unit();
}

function cloudflareLogpush(rng: Rng): Unit {
  return new Doc().add('{"ClientIP":"', ip(rng), '","ClientRequestHost":"api.example-retail.eu","ClientRequestMethod":"POST","ClientRequestURI":"/v1/newsletter?email=', who(rng).email, '","EdgeStartTimestamp":', n(rng, 'epoch-ms'), ',"EdgeResponseStatus":200,"EdgeServerIP":"', ip(rng, 'v4-public'), '","RayID":"', rng.chars('0123456789abcdef', 16), '","OriginResponseTime":', String(rng.int(1000000, 90000000)), ',"WAFAction":"unknown","ClientASN":', String(rng.int(1000, 65000)), ',"ClientCountry":"', rng.pick(['de', 'pl', 'fi', 'br', 'in']), '","CacheCacheStatus":"dynamic"}\n').unit();
}

function fastlyLog(rng: Rng): Unit {
  const d = new Doc();
  for (let i = rng.int(2, 5); i > 0; i--)
    d.add('<134>', n(rng, 'timestamp'), ' cache-', rng.pick(['fra', 'ams', 'hel', 'gru', 'bom']), `1900${rng.int(20, 99)} fastly-logs[${rng.int(100, 999)}]: `, ip(rng), ` "-" "-" ${rng.pick(['GET', 'POST'])} /api/v2/users/lookup?phone=`, phE164(rng), ` ${rng.pick([200, 404, 429])} ${rng.pick(['HIT', 'MISS', 'PASS'])} `, n(rng, 'duration'), '\n');
  return d.unit();
}

export const ANALYTICS_SOURCES14: Record<string, (rng: Rng) => Unit> = {
  'ga4-bigquery-export': ga4Export, 'segment-track': segmentTrack, 'mixpanel-import': mixpanel, 'ad-click-log': adClicks, 'cookie-consent-log': cookieConsent, 'cloudflare-logpush': cloudflareLogpush, 'fastly-log': fastlyLog,
};
