import { JOB_STATUSES, JobStatus, JobView } from '../dto/jobs.dto';
import { KESTREL_CALL_STATUSES, KESTREL_STATUS_FILTERS, kestrelStatusOf, toKestrelCall } from './kestrel.mapping';
import { KRIDTECH_CALL_STATUSES, KRIDTECH_STATUS_FILTERS, kridtechStatusOf, toKridtechCall } from './kridtech.mapping';
import type { VendorCallFilter } from './vendor-calls';

const job = (overrides: Partial<JobView> = {}): JobView =>
  ({
    job_id: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
    call_id: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
    status: 'completed',
    direction: null,
    from_number: '+15551234567',
    to_number: '+15557654321',
    duration_seconds: 179.5,
    metadata: {},
    created_at: '2024-03-09T10:30:00.123Z',
    ...overrides,
  }) as JobView;

/** Whether a filter selects a job in this status with this missed verdict, as ingestion's SQL reads it. */
const selects = (filter: VendorCallFilter, status: JobStatus, missed: boolean | null): boolean =>
  filter.statuses.includes(status) &&
  (filter.missed === undefined || (filter.missed ? missed === true : missed !== true));

describe('vendor status tables', () => {
  it.each(JOB_STATUSES.flatMap((status) => [true, false, null].map((missed) => [status, missed] as const)))(
    'KestrelVoice: a %s job (missed %s) is in exactly the filter of the status it is shown with',
    (status, missed) => {
      const shown = kestrelStatusOf(status, missed);
      const matching = KESTREL_CALL_STATUSES.filter((vendor) =>
        selects(KESTREL_STATUS_FILTERS[vendor], status, missed),
      );
      expect(matching).toEqual([shown]);
    },
  );

  it.each(JOB_STATUSES)('Kridtech: a %s job is in exactly the filter of the status it is shown with', (status) => {
    const matching = KRIDTECH_CALL_STATUSES.filter((vendor) => selects(KRIDTECH_STATUS_FILTERS[vendor], status, null));
    expect(matching).toEqual([kridtechStatusOf(status)]);
  });

  it('shows pending jobs as in progress and ongoing, and missed only once analysed', () => {
    expect(kestrelStatusOf('delivering', true)).toBe('in-progress');
    expect(kestrelStatusOf('failed', true)).toBe('missed');
    expect(kestrelStatusOf('skipped', null)).toBe('completed');
    expect(kridtechStatusOf('queued')).toBe('ongoing');
    expect(kridtechStatusOf('skipped')).toBe('failed');
  });
});

describe('vendor fields', () => {
  it('KestrelVoice: phone number by direction, whole seconds, the call id', () => {
    const extras = { transcript: 'Hello, this is...', recordingUrl: null };
    expect(toKestrelCall({ job: job({ direction: 'inbound' }), missed: false }, extras)).toEqual({
      id: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
      phone_number: '+15551234567',
      status: 'completed',
      duration: 180,
      recording_url: null,
      transcript: 'Hello, this is...',
      created_at: '2024-03-09T10:30:00Z',
    });
    expect(toKestrelCall({ job: job({ direction: 'outbound' }), missed: true }, extras)).toMatchObject({
      phone_number: '+15557654321',
      status: 'missed',
    });
    expect(toKestrelCall({ job: job({ duration_seconds: null }), missed: null }, extras)).toMatchObject({
      phone_number: null,
      duration: null,
    });
  });

  it('both: the measured length of the recording over the duration sent with the call, in whole seconds', () => {
    const extras = { transcript: null, recordingUrl: null };
    const cases: [Partial<JobView>, number | null][] = [
      [{ duration_seconds: 179.5, audio_duration_seconds: 183.62 }, 184],
      [{ duration_seconds: 179.5, audio_duration_seconds: null }, 180],
      [{ duration_seconds: null, audio_duration_seconds: 0.4 }, 0],
      [{ duration_seconds: null, audio_duration_seconds: null }, null],
    ];
    for (const [fields, duration] of cases) {
      const row = { job: job(fields), missed: null };
      expect([fields, toKestrelCall(row, extras).duration, toKridtechCall(row).duration]).toEqual([
        fields,
        duration,
        duration,
      ]);
    }
    // A view from an ingestion that did not send the field yet: the submitted duration.
    expect(toKestrelCall({ job: job(), missed: null }, extras).duration).toBe(180);
  });

  it('Kridtech: metadata under either name, numeric costs only, null otherwise', () => {
    expect(
      toKridtechCall({
        job: job({ direction: 'outbound', metadata: { account_id: 'acct-1', first_name: 'James', cost: '45' } }),
        missed: null,
      }),
    ).toEqual({
      callId: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r',
      accountId: 'acct-1',
      direction: 'outbound',
      toNumber: '+15557654321',
      callStatus: 'completed',
      duration: 180,
      cost: 45,
      createdAt: '2024-03-09T10:30:00Z',
      firstName: 'James',
    });
    expect(toKridtechCall({ job: job({ metadata: { cost: '$45', firstName: '' } }), missed: null })).toMatchObject({
      accountId: null,
      cost: null,
      firstName: null,
    });
  });
});
