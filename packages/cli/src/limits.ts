/**
 * The most bytes one article's input may take: a JSONL line, a text file, a dump read whole. The
 * extractor reads at most 1,000,000 characters an article, which take at most 6 bytes each even
 * escaped in JSON, so nothing longer can hold an article it accepts. Longer input is rejected as
 * `too_long` and never held, so memory stays bounded whatever the input.
 */
export const MAX_ARTICLE_BYTES = 16 << 20;

/** "16 MB", "50.0 MB". */
export const megabytes = (bytes: number): string => (bytes % (1 << 20) === 0 ? `${bytes >> 20} MB` : `${(bytes / (1 << 20)).toFixed(1)} MB`);
