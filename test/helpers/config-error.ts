// The ConfigError a call throws, for tests that assert its message and location.
import { expect } from 'vitest';
import { ConfigError } from '../../src/errors.js';

export function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}
