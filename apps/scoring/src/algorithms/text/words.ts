/** Word tokens of spoken text: runs of letters and digits, with inner apostrophes and hyphens ("don't", "follow-up"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

export const wordCount = (text: string): number => wordsOf(text).length;
