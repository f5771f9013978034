// Set 10's tax, payroll and bank-file documents, each in its authority's or standard's layout: US Form
// W-2 (IRS boxes a–f, 1–20) as printed to text, Italian FatturaPA XML (SdI schema 1.2), Brazilian NF-e
// XML (layout 4.00), an Indian e-KYC (Aadhaar offline XML summary) with a PAN form, a UK HMRC P60,
// a Spanish AEAT notification, OFX 1.x/2.x statements and BAI2 balance reports.
import type { Rng } from '../pii-heldout/prng.js';
import { Doc, gold, type Unit } from '../pii-heldout4/unit.js';
import { negative as n } from './negatives.js';
import { phone } from './phones.js';
import { aadhaar, codiceFiscale, cpf, dni, email, iban, ip, latinName, nino, person, ssn } from './values.js';

function formW2(rng: Rng): Unit {
  const d = new Doc().add(`Form W-2 Wage and Tax Statement 2026   Copy B—To Be Filed With Employee's FEDERAL Tax Return\n\na  Employee's social security number   `, ssn(rng, 'dashed'), '   (void, never issued: ', n(rng, 'bad-ssn'), ')\nb  Employer identification number (EIN)   ', n(rng, 'us-ein'), '\nc  Employer\'s name, address, and ZIP code\n   Harbor Freight Logistics LLC, 1200 Commerce Dr, Tacoma WA 98421\n');
  d.add('d  Control number   ', n(rng, 'w2-control-number'), '\ne  Employee\'s first name and initial / Last name   ', person(rng, 'latin'), '\n1  Wages, tips, other compensation   ', n(rng, 'amount-decimal-point', 'w2-box-amount'), '\n2  Federal income tax withheld   ', n(rng, 'amount-decimal-point', 'w2-box-amount'), '\n');
  return d.add('12a  DD  ', n(rng, 'amount-decimal-point', 'w2-box-amount'), '\n15  State WA   Employer\'s state ID number   ', n(rng, 'byte-count', 'state-employer-id'), '\n').unit();
}

function fatturaPa(rng: Rng): Unit {
  const d = new Doc().add('<?xml version="1.0" encoding="UTF-8"?>\n<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n <FatturaElettronicaHeader>\n  <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>', n(rng, 'partita-iva'), '</IdCodice></IdTrasmittente>\n');
  d.add('   <ProgressivoInvio>', n(rng, 'invoice-number', 'fatturapa-progressivo'), '</ProgressivoInvio><CodiceDestinatario>0000000</CodiceDestinatario><PECDestinatario>', email(rng, 'subdomain'), '</PECDestinatario></DatiTrasmissione>\n');
  d.add('  <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>', n(rng, 'partita-iva'), '</IdCodice></IdFiscaleIVA></DatiAnagrafici></CedentePrestatore>\n');
  d.add('  <CessionarioCommittente><DatiAnagrafici><CodiceFiscale>', codiceFiscale(rng), '</CodiceFiscale><!-- scartato: ', n(rng, 'bad-codice-fiscale'), ' --><Anagrafica><Nome>', person(rng, 'latin'), '</Nome></Anagrafica></DatiAnagrafici></CessionarioCommittente>\n </FatturaElettronicaHeader>\n');
  d.add(' <FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><Data>2026-12-0', String(rng.int(1, 6)), '</Data><Numero>', n(rng, 'invoice-number'), '</Numero><ImportoTotaleDocumento>', n(rng, 'amount-decimal-point', 'fatturapa-importo'), '</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n');
  return d.add('  <DatiPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><IBAN>', iban(rng, 'IE', 'compact'), '</IBAN></DettaglioPagamento></DatiPagamento>\n </FatturaElettronicaBody>\n</p:FatturaElettronica>\n').unit();
}

function nfe(rng: Rng): Unit {
  const d = new Doc().add('<nfeProc versao="4.00" xmlns="http://www.portalfiscal.inf.br/nfe"><NFe><infNFe Id="NFe', n(rng, 'nfe-access-key'), '" versao="4.00">\n<emit><CNPJ>', n(rng, 'cnpj'), '</CNPJ><xNome>Distribuidora Paulista de Alimentos Ltda</xNome><IE>', n(rng, 'byte-count', 'inscricao-estadual'), '</IE></emit>\n');
  d.add('<dest><CPF>', cpf(rng, rng.chance(0.6)), '</CPF><!-- Rejeicao 237 CPF invalido: ', n(rng, 'bad-cpf'), ' --><xNome>', person(rng, 'latin'), '</xNome><enderDest><xLgr>Rua Augusta</xLgr><fone>', phone(rng, 'BR', rng.pick(['national', 'e164'] as const)), '</fone></enderDest><email>', email(rng), '</email></dest>\n');
  d.add('<det nItem="1"><prod><cEAN>', n(rng, 'ean-13'), '</cEAN><xProd>Cafe torrado 500g</xProd><vProd>', n(rng, 'amount-decimal-point', 'nfe-valor'), '</vProd></prod></det>\n</infNFe></NFe>\n');
  return d.add('<protNFe versao="4.00"><infProt><nProt>', n(rng, 'nfe-protocol'), '</nProt><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></nfeProc>\n').unit();
}

function eKyc(rng: Rng): Unit {
  const d = new Doc().add('e-KYC verification summary (Aadhaar paperless offline e-KYC)\nReference ID: ', n(rng, 'epoch-ms', 'ekyc-reference'), '\nName: ', person(rng, rng.pick(['devanagari', 'latin'])), '\nआधार संख्या / Aadhaar number: ', aadhaar(rng), '\n');
  d.add('Mobile (verified): ', phone(rng, 'IN', rng.pick(['national', 'international', 'e164'] as const)), '\nEmail: ', email(rng), '\n\nForm 49A — Application for allotment of PAN (on behalf of the employer)\nPAN of employer (company): ', n(rng, 'pan-card'), '\n');
  return d.add('Bank IFSC: ', n(rng, 'ifsc-code'), '\nDate of application: ', n(rng, 'date-dmy'), '\nApplicant’s Aadhaar (as on card): ', aadhaar(rng, 'spaced'), '\nचेकसम विफल (rejected entry): ', n(rng, 'bad-aadhaar'), '\n').unit();
}

function p60(rng: Rng): Unit {
  const d = new Doc().add('P60 End of Year Certificate          Tax year to 5 April 2026\nTo the employee: please keep this certificate in a safe place.\n\nEmployee’s details\nSurname and forenames: ', person(rng, 'latin'), '\nNational Insurance number: ', nino(rng), '\n');
  d.add('Employer PAYE reference: ', n(rng, 'hmrc-paye-reference'), '\nFinal tax code: ', n(rng, 'hmrc-tax-code'), '\nPay in this employment: £', n(rng, 'amount-decimal-point', 'gbp-amount'), '\nTax deducted: £', n(rng, 'amount-decimal-point', 'gbp-amount'), '\n');
  return d.add('Employer contact: payroll ', phone(rng, 'GB', rng.pick(['national', 'trunk-bracket'] as const)), '\nNote: the number ', n(rng, 'bad-nino'), ' on your earlier P45 was not a valid NI number.\n').unit();
}

function aeatLetter(rng: Rng): Unit {
  const d = new Doc().add('AGENCIA TRIBUTARIA\nDelegación Especial de Madrid\n\nNOTIFICACIÓN — Requerimiento de información\nN.º de referencia: ', n(rng, 'aeat-reference'), '\nCódigo Seguro de Verificación (CSV): ', n(rng, 'aeat-csv'), '\n\nDestinatario: ', person(rng, 'latin'), '\nNIF/NIE: ', dni(rng), '\n');
  d.add('Domiciliación bancaria: ', iban(rng, 'ES', 'grouped'), '\nFecha: ', n(rng, 'date-dmy'), '\nImporte a ingresar: ', n(rng, 'amount-decimal-comma', 'eur-amount'), ' €\n\nPuede contactar en el teléfono ', phone(rng, 'ES', 'national'), ' o en ', email(rng), '.\n');
  return d.add('El NIF ', n(rng, 'bad-dni'), ' indicado en su declaración no es correcto.\n').unit();
}

function ofx(rng: Rng): Unit {
  const d = new Doc().add('OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>', n(rng, 'ofx-datetime'), '<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\n');
  d.add('<BANKMSGSRSV1><STMTTRNRS><TRNUID>', n(rng, 'uuid', 'ofx-trnuid'), '<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>', n(rng, 'aba-routing'), `<ACCTID>XXXXXX${rng.digits(4)}<ACCTTYPE>`, 'CHECKING</BANKACCTFROM>\n<BANKTRANLIST>\n');
  for (let i = rng.int(2, 3); i > 0; i--) {
    d.add('<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>', n(rng, 'ofx-datetime'), '<TRNAMT>-', n(rng, 'amount-decimal-point', 'ofx-trnamt'), '<FITID>', n(rng, 'ofx-fitid'), '<NAME>ZELLE TO ', person(rng, 'latin'), '<MEMO>Card ', card4(rng), '</STMTTRN>\n');
  }
  return d.add('</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n').unit();
}

/** The last four digits of a card as banks print them (no personal value on its own). */
const card4 = (rng: Rng) => `XXXX${rng.digits(4)}`;

function bai2(rng: Rng): Unit {
  const d = new Doc().add(`01,${rng.digits(9)},`, n(rng, 'aba-routing'), `,261206,0600,1,,,2/\n02,`, n(rng, 'byte-count', 'bai2-originator'), ',', n(rng, 'aba-routing'), `,1,261205,,USD,2/\n03,${rng.digits(10)},USD,010,`, n(rng, 'bai2-amount-cents'), ',,,015,', n(rng, 'bai2-amount-cents'), ',,/\n');
  const [g, f] = latinName(rng);
  d.add('16,', n(rng, 'bai2-type-code'), ',', n(rng, 'bai2-amount-cents'), ',0,', n(rng, 'order-number', 'bai2-bank-ref'), ',,ACH CREDIT/\n88,ORIG ', gold('person', 'latin', `${f.toUpperCase()} ${g.toUpperCase()}`), ' PPD ID ', n(rng, 'us-ein', 'ach-company-id'), ' EMAIL ', email(rng), '/\n');
  return d.add('16,', n(rng, 'bai2-type-code'), ',', n(rng, 'bai2-amount-cents'), ',0,,,WIRE FROM ', ip(rng, 'v4'), ' ONLINE BANKING/\n49,', n(rng, 'bai2-amount-cents'), ',4/\n98,', n(rng, 'bai2-amount-cents'), ',1,6/\n99,', n(rng, 'bai2-amount-cents'), ',1,8/\n').unit();
}

export const FISCAL_SOURCES10: Record<string, (rng: Rng) => Unit> = {
  'irs-w2': formW2, fatturapa: fatturaPa, 'nfe-xml': nfe, 'india-ekyc-pan': eKyc, 'hmrc-p60': p60, 'aeat-letter': aeatLetter, 'ofx-statement': ofx, 'bai2-report': bai2,
};
