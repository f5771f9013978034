// AWS access key ids (AKIA long-term, ASIA temporary, …) and secret access keys next to their key word.
import type { Detector } from '../types.js';
import { shannonEntropy } from '../engine.js';

export const awsAccessKeyId: Detector = {
  type: 'aws-access-key-id',
  // Base32 alphabet after the 4-letter prefix, 20 characters in all.
  pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}(?![A-Za-z0-9])/g,
  prefilter: ['A'],
  score: 0.9,
  validate: (v) => !/^.{4}(.)\1{15}$/.test(v), // a prefix followed by one repeated character is a placeholder
};

export const awsSecretAccessKey: Detector = {
  type: 'aws-secret-access-key',
  pattern: /aws.{0,20}?(?:secret|sk).{0,20}?["'\s:=]{1,5}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
  group: 1,
  score: 0.9,
  validate: (v) => shannonEntropy(v) >= 4 && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v),
};
