// Set 8's business-to-business documents: ANSI X12 850 purchase orders and 810 invoices (ISA/GS
// envelopes, N1/N3/N4 parties, PER contacts), UN/EDIFACT ORDERS and INVOIC (UNB, NAD, COM, RFF),
// ISO 20022 pain.001 credit transfers and camt.053 statements, SWIFT MT103, and DICOM header dumps (pydicom's dataset print).
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Unit } from '../pii-heldout4/unit.js';
import * as N from './negatives.js';
import { phone8 } from './phones.js';
import * as V from './values.js';

function x12(rng: Rng): Unit {
  const inv = rng.chance(0.5), ctl = N.isaControl(rng);
  const d = new Doc().add(`ISA*00*          *00*          *ZZ*${V.lowerWord(rng, 8).toUpperCase()}       *ZZ*${V.lowerWord(rng, 8).toUpperCase()}       *${rng.int(24, 26)}1105*1230*U*00401*`, ctl, '*0*P*>~\n');
  d.add(`GS*${inv ? 'IN' : 'PO'}*SENDER*RECEIVER*`, N.gsDate(rng), `*1230*${rng.int(1, 9999)}*X*004010~\nST*${inv ? '810' : '850'}*0001~\n`);
  d.add(inv ? 'BIG*' : 'BEG*00*SA*', N.poNumber(rng), '**', N.gsDate(rng), '~\n');
  d.add('N1*BY*', V.person(rng), '*9*', N.gln(rng), '~\nN3*', `${rng.int(1, 999)} ${rng.pick(['Commerce St', 'Harbor Rd', 'Industrial Pkwy'])}`, '~\n', `N4*${rng.pick(['Dallas*TX*75201', 'Newark*NJ*07102', 'Toronto*ON*M5V2T6'])}*US~\n`);
  d.add('PER*IC*', V.person(rng), '*TE*', phone8(rng, rng.pick(['US', 'CA']), rng.pick(['e164', 'national'])), '*EM*', V.email(rng), '~\n');
  d.add('N1*ST*WAREHOUSE 4*1*', N.duns(rng), '~\n');
  // REF qualifier SY: Social Security Number (sole proprietor buyers).
  if (rng.chance(0.5)) d.add('REF*SY*', V.ssn(rng, rng.pick(['plain', 'dashed'])), '~\n');
  for (let i = rng.int(1, 3); i > 0; i--) d.add(`${inv ? 'IT1' : 'PO1'}*${i}*${rng.int(1, 500)}*EA*`, N.amount(rng), '**UP*', N.ean13(rng), '~\n');
  if (inv && rng.chance(0.4)) d.add('REF*BT*', N.badCard(rng), '~\n');
  d.add(`SE*${rng.int(8, 14)}*0001~\nGE*1*${rng.int(1, 9999)}~\nIEA*1*`, N.isaControl(rng), '~\n');
  return d.unit();
}

function edifact(rng: Rng): Unit {
  const inv = rng.chance(0.5);
  const d = new Doc().add("UNA:+.? '\nUNB+UNOC:3+", N.gln(rng), ':14+', N.gln(rng), ':14+', N.gsDate(rng), `:1030+${rng.int(10000, 99999)}'\n`);
  d.add(`UNH+1+${inv ? 'INVOIC' : 'ORDERS'}:D:96A:UN:EAN008'\nBGM+${inv ? '380' : '220'}+`, N.poNumber(rng), "+9'\nDTM+137:", N.gsDate(rng), ":102'\n");
  d.add('RFF+', N.edifactRef(rng), "'\nNAD+BY+", N.gln(rng), '::9++', V.person(rng), `+${rng.pick(['Königsallee 12', 'Keizersgracht 100', 'Rue Royale 8'])}+${rng.pick(['Düsseldorf', 'Amsterdam', 'Bruxelles'])}++${rng.int(1000, 99999)}+${rng.pick(['DE', 'NL', 'BE'])}'\n`);
  d.add('CTA+IC+:', V.person(rng), "'\nCOM+", phone8(rng, rng.pick(['DE', 'NL', 'BE', 'FR', 'AT', 'PL']), 'international'), ":TE'\nCOM+", V.email(rng), ":EM'\n");
  if (inv) d.add('FII+BF+', V.iban(rng, rng.pick(['DE', 'NL', 'BE'])), ':', V.family(rng).toUpperCase(), '+', N.bic(rng), "'\n");
  d.add('LIN+1++', N.ean13(rng), ":EN'\nQTY+21:", String(rng.int(1, 99)), "'\nMOA+203:", N.amount(rng), "'\nUNT+12+1'\nUNZ+1+", N.isaControl(rng), "'\n");
  return d.unit();
}

function iso20022(rng: Rng): Unit {
  const camt = rng.chance(0.4);
  const d = new Doc().add(`<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${camt ? 'camt.053.001.08' : 'pain.001.001.09'}">\n`);
  d.add(camt ? '<BkToCstmrStmt><GrpHdr><MsgId>' : '<CstmrCdtTrfInitn><GrpHdr><MsgId>', N.msgId(rng), '</MsgId><CreDtTm>', N.isoTime(rng), '</CreDtTm></GrpHdr>\n');
  if (camt) d.add('<Stmt><Acct><Id><IBAN>', V.iban(rng, undefined, 'electronic'), '</IBAN></Id><Ownr><Nm>', V.person(rng), '</Nm></Ownr></Acct>\n');
  else d.add('<PmtInf><Dbtr><Nm>', V.person(rng), '</Nm><CtctDtls><EmailAdr>', V.email(rng), '</EmailAdr></CtctDtls></Dbtr><DbtrAcct><Id><IBAN>', V.iban(rng, undefined, 'electronic'), '</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>', N.bic(rng), '</BICFI></FinInstnId></DbtrAgt>\n');
  for (let i = rng.int(1, 3); i > 0; i--) {
    d.add(camt ? '<Ntry><Amt Ccy="EUR">' : '<CdtTrfTxInf><PmtId><EndToEndId>', camt ? N.amount(rng) : N.endToEnd(rng), camt ? '</Amt><NtryDtls><TxDtls><Refs><EndToEndId>' : '</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">', camt ? N.endToEnd(rng) : N.amount(rng), camt ? '</EndToEndId></Refs>' : '</InstdAmt></Amt>');
    d.add('<RltdPties><Cdtr><Nm>', V.person(rng), '</Nm></Cdtr><CdtrAcct><Id><IBAN>', V.iban(rng), '</IBAN></Id></CdtrAcct></RltdPties>');
    if (rng.chance(0.3)) d.add('<RmtInf><Ustrd>Ref ', N.badIban(rng), '</Ustrd></RmtInf>');
    d.add(camt ? '</TxDtls></NtryDtls></Ntry>\n' : '</CdtTrfTxInf>\n');
  }
  d.add(camt ? '</Stmt></BkToCstmrStmt></Document>\n' : '</PmtInf></CstmrCdtTrfInitn></Document>\n');
  return d.unit();
}

function mt103(rng: Rng): Unit {
  const d = new Doc().add('{1:F01', N.bic(rng), `0000${rng.int(100000, 999999)}}{2:I103`, N.bic(rng), 'N}{4:\n:20:', N.mt103Ref(rng), '\n:23B:CRED\n:32A:', N.gsDate(rng).text.slice(2), `EUR${rng.int(100, 99999)},${rng.int(10, 99)}\n`);
  d.add(':50K:/', V.iban(rng, undefined, 'electronic'), '\n', V.person(rng), '\n', `${rng.int(1, 99)} ${rng.pick(['HIGH STREET', 'AVENUE FOCH', 'VIA VENETO'])}\n`);
  d.add(':52A:', N.bic(rng), '\n:59:/', V.iban(rng, undefined, 'electronic'), '\n', V.person(rng), '\n:70:INV ', N.poNumber(rng), '\n:71A:SHA\n-}\n');
  return d.unit();
}

function dicom(rng: Rng): Unit {
  const g = V.given(rng).toUpperCase(), f = V.family(rng).toUpperCase();
  // pydicom's dataset print: tag, keyword, VR, value (strings quoted, UIDs bare).
  const d = new Doc().add('Dataset.file_meta -------------------------------\n(0002, 0003) Media Storage SOP Instance UID         UI: ', N.dicomUid(rng), '\n(0002, 0010) Transfer Syntax UID                 UI: Explicit VR Little Endian\n-------------------------------------------------\n');
  d.add("(0008, 0020) Study Date                          DA: '", N.dicomDate(rng), "'\n(0008, 0050) Accession Number                    SH: '", N.accession(rng), "'\n");
  d.add("(0010, 0010) Patient's Name                      PN: '", gold('person', 'dicom-pn', `${f}^${g}`), "'\n");
  d.add("(0010, 0020) Patient ID                          LO: '", N.accession(rng), "'\n(0010, 0030) Patient's Birth Date                DA: '", N.dicomDate(rng), "'\n");
  if (rng.chance(0.4)) d.add("(0010, 1000) Other Patient IDs                   LO: '", ...V.nationalId(rng), "'\n");
  if (rng.chance(0.3)) d.add("(0010, 2154) Patient's Telephone Numbers         SH: '", phone8(rng), "'\n");
  d.add('(0020, 000d) Study Instance UID                  UI: ', N.dicomUid(rng), '\n(0020, 000e) Series Instance UID                 UI: ', N.dicomUid(rng), "\n(0018, 1020) Software Versions                   LO: '", N.version(rng), "'\n");
  if (rng.chance(0.3)) d.add("(0008, 0080) Institution Name                    LO: 'Station ", V.ip(rng, 'v4-private'), "'\n");
  return d.unit();
}

export const TRADE_SOURCES8: Record<string, (rng: Rng) => Unit> = { 'x12-edi': x12, edifact, 'iso20022-xml': iso20022, 'swift-mt103': mt103, 'dicom-dump': dicom };
