// The days of the week as the bot writes them, Sunday first (Date#getDay's order), in one place for
// the customer's messages, the hours a person is there and the managers' reports.
import type { Language } from './language.js';

export const WEEKDAYS: Record<Language, { long: readonly string[]; short: readonly string[] }> = {
  zh: { long: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'], short: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] },
  en: {
    long: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    short: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  },
};
