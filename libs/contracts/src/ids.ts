/** Prefixed, sortable identifiers: `<prefix>_<ULID in lower case>`. */
export const IdPrefixes = {
  workspace: 'ws',
  apiKey: 'key',
  call: 'call',
  job: 'job',
  transcript: 'trn',
  run: 'run',
  appointment: 'appt',
  feedback: 'fb',
  delivery: 'dlv',
  endpoint: 'ep',
  attempt: 'att',
  event: 'evt',
  jobEvent: 'jev',
  request: 'req',
} as const;
export type IdPrefix = (typeof IdPrefixes)[keyof typeof IdPrefixes];

export const idPattern = (prefix: IdPrefix): RegExp => new RegExp(`^${prefix}_[0-9a-z]{26}$`);
