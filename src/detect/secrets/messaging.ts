// Tokens of messaging and mail APIs whose shape the vendor documents, each behind its own literal:
// Telegram bot tokens (`<bot id>:AA…`, BotFather), Discord webhook URLs (the URL is the credential:
// whoever holds it posts to the channel) and Mailgun private API keys (`key-` + 32 hex); Mailchimp API keys (32 hex + `-us<n>`).
import type { Detector } from '../types.js';

/**
 * A Telegram bot token: the bot's numeric id (8 to 10 digits), `:`, then 35 characters of base64url
 * that start with `AA` (the token's version bytes). Standalone or after `bot` in an API URL
 * (`api.telegram.org/bot<token>/sendMessage`).
 */
export const telegramBotToken: Detector = {
  type: 'telegram-bot-token',
  pattern: /(?:(?<=\bbot)|(?<![A-Za-z0-9_:-]))\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
  prefilter: [':AA'],
  score: 0.9,
};

/** A Discord webhook URL: `https://discord.com/api/webhooks/<snowflake id>/<68-character token>` (also `discordapp.com`, `ptb.`, `canary.`). */
export const discordWebhook: Detector = {
  type: 'discord-webhook',
  pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80}(?![A-Za-z0-9_-])/g,
  // The path, which every match holds: a search for `/` stops far less often than one for `d`.
  prefilter: ['/api/webhooks/'],
  score: 0.9,
};

/**
 * A Mailgun private API key of the old form, `key-` and 32 small hex digits (what the dashboard showed
 * until 2022; still accepted). A random key holds letters and digits: `key-` + 32 zeros is no key.
 */
export const mailgunApiKey: Detector = {
  type: 'mailgun-api-key',
  pattern: /(?<![A-Za-z0-9_-])key-(?=[0-9a-f]{0,31}[a-f])(?=[0-9a-f]{0,31}\d)[0-9a-f]{32}(?![A-Za-z0-9_-])/g,
  prefilter: ['key-'],
  score: 0.9,
};

/**
 * A Mailchimp API key: 32 small hex digits, `-us` and the data centre's number (`…-us12`), the form the
 * account's API keys page issues; the suffix makes it a key wherever it stands.
 */
export const mailchimpApiKey: Detector = {
  type: 'mailchimp-api-key',
  pattern: /(?<![A-Za-z0-9_-])(?=[0-9a-f]{0,31}[a-f])(?=[0-9a-f]{0,31}\d)[0-9a-f]{32}-us\d{1,2}(?![A-Za-z0-9_-])/g,
  prefilter: ['-us'],
  score: 0.9,
};

const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * A Microsoft Teams incoming-webhook URL, whole (whoever holds it posts to the channel): `https://<tenant>.webhook.office.com/
 * webhookb2/<group guid>@<tenant guid>/IncomingWebhook/<32 hex>/<owner guid>` (and the `/V2…` tail of newer ones), or the
 * older `https://outlook.office.com/webhook/…` form of the same path.
 */
export const teamsWebhook: Detector = {
  type: 'teams-webhook',
  pattern: new RegExp(
    `https://(?:[A-Za-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${GUID}@${GUID}/IncomingWebhook/[0-9a-fA-F]{32}/${GUID}(?:/[A-Za-z0-9_-]{20,80})?(?![A-Za-z0-9_-])`,
    'g',
  ),
  prefilter: ['IncomingWebhook'],
  score: 0.9,
};

/**
 * A Splunk HTTP Event Collector token: a GUID after the scheme `Splunk` of an `Authorization` header (`Authorization:
 * Splunk <guid>`, curl's `-H "Authorization: Splunk …"`). A GUID is an id anywhere else; the scheme says it is the token.
 */
export const splunkHecToken: Detector = {
  type: 'splunk-hec-token',
  pattern: new RegExp(`(?<=Authorization["']?[ \\t]*[:=][ \\t]*["']?Splunk[ \\t]+)${GUID}(?![A-Za-z0-9-])`, 'gi'),
  prefilter: ['Splunk ', 'splunk '],
  score: 0.9,
};
