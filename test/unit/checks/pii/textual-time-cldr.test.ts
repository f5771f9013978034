// Textual timestamps as the CLDR of each runtime writes them (issue 17): node 20's ICU writes a Korean
// medium date and time "2026. 12. 7. PM 3:41", node 24's "2026. 12. 7. 오후 3:41"; Japanese and Chinese
// write the halves of the day as 午前/午後 and 上午/下午, glued to the time with hour12. Each is one timestamp, whatever runtime made it.
import { describe, expect, it } from 'vitest';
import { isTextualTimestamp } from '../../../../checks/pii/textual-time.js';

describe('textual timestamps of either CLDR', () => {
  it('reads the halves of the day in Korean, Japanese and Chinese as AM/PM', () => {
    for (const v of ['2026. 12. 7. PM 3:41', '2026. 12. 7. 오후 3:41', '26. 12. 7. 오전 9:05', '2026. 12. 7. 오후 3:41:00', '2026/12/07 午後3:41', '2026/12/7 下午03:41', '2026/12/07 上午 9:05']) {
      expect(isTextualTimestamp(v), v).toBe(true);
    }
    // Another word where the half of the day stands is no timestamp.
    for (const v of ['2026. 12. 7. 회의 3:41', '2026/12/07 会議3:41']) expect(isTextualTimestamp(v), v).toBe(false);
  });
});
