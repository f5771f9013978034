export declare const SORTED_WORD_LISTS: RegExp;
export declare const SORTED_WORDS_MARK: string;
export declare function sortedWordListText(path: string): string;
