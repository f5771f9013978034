// Logistics documents of set 17: CMR consignment notes (PL/DE/LT), bills of lading (SG/CN/KR),
// proof-of-delivery logs (ZA/NG/EG), X12 EDI 204 load tenders (US) and driver run sheets (AU/NZ).
// The fleet's tractor units and vans carry VINs (hard negatives: company vehicles, no one's own car).
import * as N from './negatives.js';
import { Doc, ph, who, hhmm, isoDay, type Rng, type Unit } from './kit.js';
import { listedName } from './people.js';
import * as V from './values.js';

function cmr(r: Rng): Unit {
  const drv = who(r, ['pl', 'uk', 'ro', 'de']);
  const rec = who(r, 'de');
  return new Doc().add('CMR — Międzynarodowy list przewozowy / Internationaler Frachtbrief\n1 Nadawca/Absender: Fabryka Mebli Kalisz Sp. z o.o.\n2 Odbiorca/Empfänger: Möbelhaus Nord GmbH, z.Hd. ', rec.name, ', ', ph(r), '\n',
    '16 Przewoźnik/Frachtführer: Trans-Bałtyk UAB; kierowca/Fahrer ', drv.name, ', tel. ', ph(r), '\nCiągnik VIN ', N.fleetVin(r), '\n',
    '6–9: ', String(r.int(10, 33)), ' palet, EAN ', N.gtin14(r), ', HS ', N.hsCode(r), ', waga brutto ', N.measurement(r), ', ', N.sscc(r), ', ADR ', N.unNumber(r), '\n21 Sporządzono w Kaliszu ', N.timestamp(r, 'de'), '\n').unit();
}

function billOfLading(r: Rng): Unit {
  const n = who(r, ['zh', 'ko', 'en', 'ja']);
  return new Doc().add('BILL OF LADING No. ', N.orderId(r), '\nShipper: Pacific Components Pte Ltd, Singapore\nConsignee: TO ORDER\nNotify party: ', n.name, ', ', n.email, ', ', ph(r), '\n',
    'Vessel: MV Straits Harmony ', N.imo(r), '   Voyage 026E\nPort of loading: Singapore (', N.coordinates(r), ')   Port of discharge: Busan\n',
    'Container ', N.container(r), '  seal ', String(r.int(100000, 999999)), '  ', N.measurement(r), '  HS ', N.hsCode(r), '  ', N.unNumber(r), ' class 3\nFreight prepaid ', N.price(r, 'en'), '. Issued ', N.timestamp(r, 'rfc2822'), '\n').unit();
}

function podLog(r: Rng): Unit {
  const d = new Doc().add('POD export ', isoDay(r), ' depot JNB-03\n');
  for (let i = 0, n = r.int(2, 4); i < n; i++) {
    const c = who(r, ['en', 'yo', 'ar', 'sw']);
    d.add(N.timestamp(r, 'iso'), ' ', N.upuTracking(r), ' DELIVERED signed_by="', c.name, '" contact=', ph(r), ' pieces=', String(r.int(1, 6)), ' weight=', N.measurement(r), '\n');
  }
  return d.add('device fw ', N.version4(r), ', sync ', N.uuid(r), '\n').unit();
}

function edi204(r: Rng): Unit {
  const c = who(r, ['en', 'es']);
  const e = V.email(r, c.p, 'shipper-logistics.com');
  return new Doc().add(`ISA*00*          *00*          *ZZ*SHIPPERCO      *ZZ*CARRIERX       *261207*${hhmm(r).replace(':', '')}*U*00401*${r.digits(9)}*0*P*>~\nGS*SM*SHIPPERCO*CARRIERX*20261207*1200*1*X*004010~\nST*204*0001~\nB2**CARX**`, N.orderId(r), '**PP~\n',
    'L11*', N.invoiceNo(r), '*PO~\nN1*SH*Shipper Co DC 4*UL*', N.gln(r), '~\nL5*1*PHARMACEUTICALS NDC ', N.ndc(r), '~\nG61*IC*', c.name, '*TE*', ph(r), '*EM*', e, '~\nS5*1*LD~\nG62*10*20261209*Y*0800~\nAT8*G*L*', String(r.int(1000, 44000)), '*', String(r.int(1, 26)), '~\nSE*12*0001~\n').unit();
}

function driverManifest(r: Rng): Unit {
  const drv = who(r, ['en', 'zh', 'hi']);
  const d = new Doc().add('DRIVER RUN SHEET ', isoDay(r), '\nDriver: ', drv.name, '   Mobile: ', ph(r), '\nVehicle: fleet van ', N.fleetVin(r), '  start odo ', N.measurement(r), '\n\nStop  ETA    Consignee                      Phone\n');
  for (let i = 1, n = r.int(2, 5); i <= n; i++) d.add(String(i).padStart(2, '0'), '    ', hhmm(r), '  ', listedName(who(r, ['en', 'en', 'zh', 'hi']).p), '  ', ph(r), '  ', N.upsTracking(r), '\n');
  return d.unit();
}

export const LOGISTICS17: Record<string, (r: Rng) => Unit> = { 'cmr-note': cmr, 'bill-of-lading': billOfLading, 'pod-log': podLog, 'edi-204': edi204, 'driver-manifest': driverManifest };
