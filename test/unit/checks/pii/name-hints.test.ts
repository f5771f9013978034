// Column-name hints hold for the words they name (checks/pii/vocab.ts NAME_HINTS): a person column is
// one named for a person's name (`last_name`, `customer_name`, `name`), not one whose name starts with
// `last`/`first` or ends in the `name` of a thing (`last_login`, `file_name`, `company_name`); the other
// hints likewise (an image's `orientation`, a booking's `party_size`, a tokenizer's `token_type_ids`,
// a network card's `mac_address`). A column of objects or arrays is typed by what its leaves hold, not
// by its name alone; protected whole by its name, its leaves are masked and its keys kept.
import { describe, expect, it } from 'vitest';
import { ColumnProfile } from '../../../../checks/pii/classify.js';
import { piiConfigSchema } from '../../../../checks/pii/config.js';
import { resolvePolicy, scanTable } from '../../../../checks/pii/scan.js';
import { nameHint } from '../../../../checks/pii/vocab.js';
import { jsonText } from '../../../../src/io/json-mask.js';
import type { RecordBatch } from '../../../../src/io/tabular/index.js';

const typeOf = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, nameHint(n)?.type ?? null]));
const all = (names: readonly string[], type: string | null) => Object.fromEntries(names.map((n) => [n, type]));

describe('name hints that hold for the words they name', () => {
  it('person: the name words, `name` alone, and `name` after a word for a person', () => {
    const names = ['name', 'Name', 'NAME', 'full_name', 'fullName', 'first_name', 'FirstName', 'last_name', 'lastName', 'lastname', 'surname', 'given_name', 'family_name', 'forename', 'middle_name', 'maiden_name', 'customer_name', 'contact_name', 'emergency_contact_name', 'pax_name', 'member_name', 'passenger_name', 'patient_name', 'user_name', 'display_name', 'billing_first_name', 'name_on_card', 'cardholder_name', 'name_first', 'Customer Name', 'first', 'last'];
    expect(typeOf(names)).toEqual(all(names, 'person'));
  });

  it('person: not `first`/`last` of something else, nor the name of a thing', () => {
    const names = ['last_login', 'lastLogin', 'first_seen', 'last_updated', 'last_seen_at', 'name_server', 'file_name', 'fileName', 'host_name', 'product_name', 'model_name', 'company_name', 'bucket_name', 'table_name', 'domain_name', 'device_name', 'city_name', 'hotel_name', 'secret_name', 'last_name_hash'];
    expect(typeOf(names)).toEqual(all(names, null));
    // `last_ip` is an address, as before.
    expect(nameHint('last_ip')?.type).toBe('ip-address');
  });

  it('special categories: the words that say so, not the same words about other things', () => {
    expect(typeOf(['race', 'patient_race', 'race_ethnicity', 'ethnicity', 'religion', 'faith', 'religious_denomination', 'health', 'health_status', 'medical_condition', 'pre_existing_conditions', 'diagnosis', 'sexual_orientation', 'political_party', 'party_affiliation', 'union', 'trade_union', 'union_membership', 'fingerprint', 'fingerprint_image'])).toEqual({
      race: 'racial-or-ethnic-origin',
      patient_race: 'racial-or-ethnic-origin',
      race_ethnicity: 'racial-or-ethnic-origin',
      ethnicity: 'racial-or-ethnic-origin',
      religion: 'religion',
      faith: 'religion',
      religious_denomination: 'religion',
      health: 'health',
      health_status: 'health',
      medical_condition: 'health',
      pre_existing_conditions: 'health',
      diagnosis: 'health',
      sexual_orientation: 'sex-life-or-orientation',
      political_party: 'political-opinion',
      party_affiliation: 'political-opinion',
      union: 'trade-union-membership',
      trade_union: 'trade-union-membership',
      union_membership: 'trade-union-membership',
      fingerprint: 'biometric',
      fingerprint_image: 'biometric',
    });
    const other = ['race_time', 'race_id', 'belief_state', 'denomination', 'health_check', 'condition', 'item_condition', 'weather_condition', 'orientation', 'image_orientation', 'party', 'party_size', 'third_party', 'party_id', 'union_id', 'union_type', 'ssh_fingerprint', 'cert_fingerprint', 'device_fingerprint', 'fingerprint_sha256', 'born_in'];
    expect(typeOf(other)).toEqual(all(other, null));
  });

  it('contact and network columns: a number or an address of the kind named, `address` of a machine is none', () => {
    expect(typeOf(['mac', 'mac_address', 'macAddress', 'hw_addr', 'bssid', 'ip_address', 'remote_address', 'email_address', 'home_address', 'billing_address', 'address_line_1', 'cell', 'cell_phone', 'mobile', 'mobile_number', 'tel', 'pan', 'card_pan'])).toEqual({
      mac: 'mac-address',
      mac_address: 'mac-address',
      macAddress: 'mac-address',
      hw_addr: 'mac-address',
      bssid: 'mac-address',
      ip_address: 'ip-address',
      remote_address: 'ip-address',
      email_address: 'email',
      home_address: 'street-address',
      billing_address: 'street-address',
      address_line_1: 'street-address',
      cell: 'phone',
      cell_phone: 'phone',
      mobile: 'phone',
      mobile_number: 'phone',
      tel: 'phone',
      pan: 'credit-card',
      card_pan: 'credit-card',
    });
    const other = ['cell_id', 'cell_type', 'mobile_app', 'hotel', 'pan_id', 'wallet_address', 'server_address'];
    expect(typeOf(other)).toEqual(all(other, null));
  });

  it('secrets: the secret word last (or `token` after a word for an authorisation), not a property or a flag', () => {
    const secret = ['password', 'password_hash', 'passwd', 'secret', 'client_secret', 'api_key', 'apiKey', 'access_key', 'aws_access_key_id', 'aws_secret_access_key', 'secretAccessKey', 'SecretKey', 'private_key', 'token', 'access_token', 'refresh_token', 'id_token', 'csrf_token', 'authToken'];
    expect(typeOf(secret)).toEqual(all(secret, 'secret'));
    const other = ['password_changed_at', 'password_reset_required', 'is_secret', 'api_key_id', 'page_token', 'next_page_token', 'token_type', 'token_type_ids', 'token_count', 'input_token_ids'];
    expect(typeOf(other)).toEqual(all(other, null));
  });
});

describe('a column of objects or arrays is typed by its leaves, not by its name alone', () => {
  it('a special-category name over objects gives no class by itself; over plain values it still does', () => {
    const nested = new ColumnProfile('health');
    const plain = new ColumnProfile('health');
    for (let i = 0; i < 10; i++) {
      const text = jsonText({ status: 'green', shards: i });
      nested.addKind(nested.kindOf(text));
      nested.countNested();
      plain.addKind(plain.kindOf('asthma'));
    }
    expect(nested.classify(0.6).type).toBeNull();
    expect(plain.classify(0.6).type).toBe('health');
  });

  it('a column protected whole by its name masks the leaves of an object and keeps its keys; an IP or MAC inside keeps its type', async () => {
    const ip = ['203', '0', '113', '10'].join('.');
    const mac = ['00', '1A', '2B', '3C', '4D', '01'].join('-');
    // A leaf no detector reads as a name: masked as the column's type all the same (fails closed).
    const handle = 'mq' + '-77';
    const columns = ['name', 'lastLogin'];
    const rows = [
      [
        { handle, ip, at: { $date: { $numberLong: '1700000000000' } }, device: mac, tags: ['a'], none: null },
        { ip, at: { $date: { $numberLong: '1700000000000' } }, device: mac },
      ],
    ];
    async function* batches(): AsyncIterable<RecordBatch> {
      yield { start: 0, columns, rows };
    }
    const clean: unknown[][] = [];
    const result = await scanTable(columns, batches(), {
      display: 'r.jsonl',
      policy: resolvePolicy(piiConfigSchema.parse({ actions: { personal: 'mask' } }), {}),
      openOutputs: async () => ({ clean: { write: async (v: readonly unknown[]) => void clean.push([...v]) }, quarantine: { write: async () => undefined } }),
    });
    expect(clean[0]).toEqual([
      { handle: '[PERSON]', ip: '[IP_ADDRESS]', at: { $date: { $numberLong: '[PERSON]' } }, device: '[MAC_ADDRESS]', tags: ['[PERSON]'], none: null },
      { ip: '[IP_ADDRESS]', at: { $date: { $numberLong: '1700000000000' } }, device: '[MAC_ADDRESS]' },
    ]);
    // `lastLogin` is no person column: typed by what its values hold; `name` reports its cells protected by its name.
    expect(result.columns.find((c) => c.name === 'lastLogin')).toMatchObject({ hint: null, type: 'ip-address' });
    expect(result.findings.filter((f) => f.location?.field === 'name').map((f) => f.message)).toContain('column "name" is protected as person (personal) by its name in 1 value(s) (100.0% of non-empty values); 1 masked in the clean output');
  });
});
