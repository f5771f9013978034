export declare const CALENDAR_LOCALES: readonly string[];
export declare const INTL_WORDS_PATH: string;
export declare function calendarWords(): { months: string[]; weekdays: string[] };
export declare function anyLocaleMonths(): string[];
export declare function placeWords(): string[];
export declare function intlSource(): string;
export declare function intlWordsModule(source?: string): string;
