export * from './speaker-lines.parser';
export * from './transcript-formats';
export * from './timed-length';
