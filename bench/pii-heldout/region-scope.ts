// The regions a held-out set's generator is writing for (a file's, a chat's language's): the digit hard
// negatives it draws must read as no phone number of them. One scope per set, set while a file is written.
import type { CountryCode } from 'libphonenumber-js/max';

export class RegionScope {
  private regions: readonly CountryCode[];

  constructor(initial: readonly CountryCode[]) {
    this.regions = initial;
  }

  get current(): readonly CountryCode[] {
    return this.regions;
  }

  /** Runs `make` with `regions` as the scope, then restores the one before. */
  within<T>(regions: readonly CountryCode[], make: () => T): T {
    const was = this.regions;
    this.regions = regions;
    try {
      return make();
    } finally {
      this.regions = was;
    }
  }
}
