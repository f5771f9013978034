// Phone elements of airline reservation (PNR) displays (issue 17). Amadeus writes a contact element
// as its line number, the element code and the number: `AP` (contact phone), `APM` (mobile), `APB`
// (business), `APH` (home), `APN` (notification), an optional city code first (`  3 AP FRA 069 1234567-B`);
// Sabre lists phones under `PHONES` as the item number, the city code and `*` glued to the number, its
// type after a dash (`  1.CPH*12345678-M`). The element code is the number's label, as a phone word is.

/** An Amadeus contact element right before the number: a line's start, its number, `AP` or `APM`/`APB`/`APH`/`APN`/`APE`-less codes, a city code. */
const AMADEUS_AP = /(?:^|\n)[ \t]*(?:\d{1,3}[ \t]+)?AP[MBHNA]?[ \t]+(?:[A-Z]{3}[ \t]+)?$/;
/** A Sabre phone item right before the number: a line's start, the item number, a city code and `*`. */
const SABRE_PHONE = /(?:^|\n)[ \t]*\d{1,2}\.[A-Z]{3}\*$/;

/** Whether the number at `start` is the value of a PNR display's phone element. */
export function pnrPhoneField(text: string, start: number): boolean {
  const c = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (c === 42) return SABRE_PHONE.test(text.slice(Math.max(0, start - 12), start)); // "*"
  if (c !== 32 && c !== 9) return false;
  return AMADEUS_AP.test(text.slice(Math.max(0, start - 24), start));
}
