// Slack tokens (xoxb-, xoxp-, xoxa-, xoxo-, xoxs-, xoxr-, xapp-) and incoming-webhook URLs.
import type { Detector } from '../types.js';

export const slackToken: Detector = {
  type: 'slack-token',
  pattern: /(?<![A-Za-z0-9])(?:xox[abposr]-[0-9]{8,13}-[A-Za-z0-9-]{8,240}|xapp-\d-[A-Z0-9]{8,14}-\d{8,14}-[a-f0-9]{20,80})(?![A-Za-z0-9-])/g,
  prefilter: ['xox', 'xapp-'],
  score: 0.9,
};

export const slackWebhook: Detector = {
  type: 'slack-webhook',
  pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9+/]{40,120}/g,
  prefilter: ['hooks.slack.com'],
  score: 0.9,
};
