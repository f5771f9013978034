// Signing keys that web frameworks write into an app's settings, in the shape their generators give:
// Laravel's `APP_KEY=base64:<32 bytes>` (`php artisan key:generate`) and Django's SECRET_KEY
// (`get_random_secret_key()`: 50 characters of `a-z0-9!@#$%^&*(-_=+)`, `django-insecure-` before it in
// a new project's settings.py). Django's alphabet holds `(` and `)`, which the generic rule's value
// stops at: it would mask a part of the key and leave the rest.
import type { Detector } from '../types.js';
import { shannonEntropy } from '../engine.js';
import { GENERIC_MIN_ENTROPY } from './generic.js';

/** Laravel's application key after its setting's name (`.env`, a compose file, `config:cache` output): `base64:` + 44 characters of base64. */
export const laravelAppKey: Detector = {
  type: 'generic-secret',
  pattern: /\bAPP_(?:PREVIOUS_)?KEYS?["']?[ \t]*[:=][ \t]*["']?(base64:[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g,
  group: 1,
  prefilter: ['base64:'],
  score: 0.9,
};

/** Django's key alphabet (django.core.management.utils.get_random_secret_key). */
const DJANGO = "[a-z0-9!@#$%^&*(\\-_=+)]";

/**
 * A Django secret key: `django-insecure-` and 50 characters of its alphabet anywhere; without that
 * prefix, the 50 characters after a SECRET_KEY setting (`SECRET_KEY = '…'`, `DJANGO_SECRET_KEY=…`),
 * with letters, digits and a symbol and a random string's entropy.
 */
export const djangoSecretKey: Detector = {
  type: 'generic-secret',
  pattern: new RegExp(`(?:django-insecure-${DJANGO}{50}|(?<=SECRET_KEY["']?[ \\t]*[:=][ \\t]*["']?)${DJANGO}{50})(?!${DJANGO})`, 'g'),
  // `jango-…`: a search for a rare first letter skips faster than one for `d`.
  prefilter: ['jango-insecure-', 'SECRET_KEY'],
  score: 0.9,
  validate: (v) => v.startsWith('django-insecure-') || (/[a-z]/.test(v) && /\d/.test(v) && /[^a-z0-9]/.test(v) && shannonEntropy(v) >= GENERIC_MIN_ENTROPY),
};

/**
 * Magento 2's encryption key in `app/etc/env.php` (`'crypt' => ['key' => '<32 characters>']`; after a rotation,
 * older keys before it, one a line): it decrypts the store's saved payment and integration secrets.
 */
export const magentoCryptKey: Detector = {
  type: 'generic-secret',
  pattern: /['"]crypt['"][ \t]*=>[ \t]*(?:\[|array\()[ \t\r\n]*['"]key['"][ \t]*=>[ \t]*['"]([A-Za-z0-9]{32}(?:\r?\n[A-Za-z0-9]{32})*)['"]/g,
  group: 1,
  prefilter: ["crypt'", 'crypt"'],
  score: 0.9,
};
