// Words of a column name that say its values are a measure of a request, a call or a payment (API
// request logs, call records and payment exports: sizes, counts, durations, status codes, fees), not a
// phone or card number that a numbering plan or a Luhn check accepts by chance (issue 17).

/** Measure words anywhere in a column name (`response_size`, `sc-bytes`, `status`, `fee`): Detector.notContext. */
export const MEASURE_WORDS: readonly string[] = ['bytes', 'size', 'length', 'count', 'status', 'duration', 'latency', 'elapsed', 'fee', 'balance'];

/**
 * The last word of a column name that names a measure or a time of what the words before it name
 * (`call_duration_ms`, `sms_count`, `phone_verified_at`, `mobile_status`, `call_id`): Detector.notContextLast.
 */
export const MEASURE_LAST_WORDS: readonly string[] = [
  'ms', 'sec', 'secs', 'seconds', 'mins', 'minutes', 'duration', 'count', 'cnt', 'bytes', 'size', 'length', 'len', 'status', 'at', 'ts', 'time', 'date', 'epoch', 'attempts', 'retries', 'pages', 'price', 'cost', 'amount',
  // Its identifier or its software (`call_id`, `sms_id`, `contact_id`, `mobile_app_version`); a caller ID is a phone (Detector.columnContext).
  'id', 'uuid', 'guid', 'sid', 'version', 'ver', 'build', 'imei', 'serial',
];

/**
 * Words of a column name that name a price or a sum of money, in English, German, French, Spanish, Italian,
 * Portuguese, Dutch, the Nordic languages, Polish and Czech, Russian, Turkish and Finnish (`Preis`, `prix`,
 * `precio`, `цена`, `стоимость`, `Betrag`, `montant`, `importe`): its amounts are grouped in thousands as a
 * region may group a phone number (`12 345 678`, `123.456.789`).
 */
export const PRICE_WORDS: readonly string[] = ['price', 'amount', 'total', 'cost', 'preis', 'betrag', 'kosten', 'prix', 'montant', 'precio', 'importe', 'prezzo', 'importo', 'preço', 'prijs', 'bedrag', 'pris', 'belopp', 'beløb', 'cena', 'částka', 'kwota', 'цена', 'стоимость', 'сумма', 'fiyat', 'tutar', 'hinta'];

/**
 * Words of a column name that say its values are another kind of long number (a barcode, an article,
 * an order, an amount, an account, a measure): no card and no bare Aadhaar number there, where one in
 * ten passes Luhn or the Verhoeff check by chance (Detector.notContext of both detectors).
 */
export const OTHER_NUMBER_COLUMN_WORDS: readonly string[] = [
  'isbn', 'ean', 'upc', 'gtin', 'gln', 'barcode', 'sku', 'item', 'order', 'invoice', 'tracking', 'parcel', 'serial', 'article', 'account', ...PRICE_WORDS, ...MEASURE_WORDS,
];
