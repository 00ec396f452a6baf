import type { JobFailedEvent, JobRef, ScoringCompletedEvent } from '@callsight/contracts';
import { failurePayload, ResultMaterial, resultPayload } from '../../apps/webhook/src/deliveries/webhook-payload';
import {
  CLEANING_BOOKED,
  FixtureCall,
  FLOODED_BASEMENT,
  resultFacts,
  VOICEMAIL,
} from '../../apps/webhook/src/formats/fixtures/calls';
import { KESTREL } from '../../apps/webhook/src/formats/kestrel/kestrel.format';
import { KRIDTECH } from '../../apps/webhook/src/formats/kridtech/kridtech.format';
import { NATIVE } from '../../apps/webhook/src/formats/native/native.format';
import { bodiesOf } from '../../apps/webhook/src/formats/payload-format';
import { problemsAgainst } from './documented-schema';

const WORKSPACE_ID = 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r';
const AT = new Date('2026-01-02T03:04:05.000Z');
const RECORDING_URL =
  'https://callsight.example.com/api/v1/recordings/job_01jd5f3k1q8m2x7c9v4b6n0p3r?workspace=ws_01jd5f3k1q8m2x7c9v4b6n0p3r&expires=1767225600&signature=2b4Jq0yE3lq1vB2d8sQh6X1nJ4mZ0cYf9aRkT7uWw5E';

const bareJob: JobRef = {
  jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
  callId: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s',
  sourceCallId: null,
  sourceCompanyId: null,
  title: null,
  callDate: null,
  durationSeconds: null,
  metadata: {},
  webhookUrl: null,
  createdAt: '2026-01-02T03:00:00.000Z',
  attempt: 1,
  algorithmIds: null,
  titleSource: null,
  repName: null,
  repEmail: null,
  language: null,
  direction: null,
  fromNumber: null,
  toNumber: null,
  configVersion: null,
};

const fullJob: JobRef = {
  ...bareJob,
  sourceCallId: 'crm-4711',
  sourceCompanyId: 'acme',
  title: 'Discovery call',
  callDate: '2026-01-01T10:00:00.000Z',
  durationSeconds: 42.5,
  metadata: { source: 'hubspot', recordId: 12345, vip: true, region: null },
  webhookUrl: 'https://hooks.example.com/callsight',
  attempt: 2,
  algorithmIds: ['talk_ratio'],
  titleSource: 'provided',
  repName: 'Sarah',
  repEmail: 'sarah@example.com',
  language: 'en-US',
  direction: 'outbound',
  fromNumber: '+15551234567',
  toNumber: '+15557654321',
  configVersion: null,
};

const completed = (job: JobRef): ScoringCompletedEvent => ({
  job,
  transcriptId: 'trn_01jd5f3k1q8m2x7c9v4b6n0p3t',
  runs: [
    {
      runId: 'run_01jd5f3k1q8m2x7c9v4b6n0p3u',
      algorithmId: 'talk_ratio',
      algorithmVersion: 1,
      output: { dominant_speaker: 'Rep', total_turns: 2 },
    },
  ],
});

const material: ResultMaterial = {
  transcriptText: 'Rep: Thanks for joining.\nCustomer: Glad to.',
  runs: [
    {
      run_id: 'run_01jd5f3k1q8m2x7c9v4b6n0p3u',
      algorithm_id: 'talk_ratio',
      algorithm_version: 2,
      output: { dominant_speaker: 'Rep', total_turns: 2 },
    },
  ],
};

const failed = (job: JobRef): JobFailedEvent => ({
  job,
  stage: 'transcribing',
  reason: 'no speech was recognised in the audio',
  failedAt: '2026-01-02T03:04:00.000Z',
});

/** The webhooks in openapi.json describe what the webhook service builds: every field, and nothing else. */
describe('webhook payloads against their documented schemas', () => {
  it.each([
    ['with every optional field and a recording', fullJob, RECORDING_URL],
    ['with none', bareJob, null],
  ])('job.completed %s', (_, job, recordingUrl) => {
    expect(
      problemsAgainst('JobCompletedWebhook', resultPayload(WORKSPACE_ID, completed(job), material, AT, recordingUrl)),
    ).toEqual([]);
  });

  it.each([
    ['with every optional field', fullJob],
    ['with none', bareJob],
  ])('job.failed %s', (_, job) => {
    expect(problemsAgainst('JobFailedWebhook', failurePayload(WORKSPACE_ID, failed(job), AT))).toEqual([]);
  });

  it('finds a field the document does not name, a missing one and a wrong type', () => {
    const payload = resultPayload(WORKSPACE_ID, completed(fullJob), material, AT, RECORDING_URL);
    const data = payload.data;
    const withoutTranscript = { ...data };
    delete withoutTranscript.transcript;
    expect(problemsAgainst('JobCompletedWebhook', { ...payload, data: { ...data, attempt: 2 } })).toEqual([
      '/data must NOT have additional properties',
    ]);
    expect(problemsAgainst('JobCompletedWebhook', { ...payload, data: withoutTranscript })).toEqual([
      "/data must have required property 'transcript'",
    ]);
    expect(
      problemsAgainst('JobFailedWebhook', { ...failurePayload(WORKSPACE_ID, failed(fullJob), AT), type: 'x' }),
    ).toEqual(['/type must be equal to one of the allowed values']);
  });

  /** The schema each native event is documented with; the vendor formats have one each. */
  const NATIVE_SCHEMAS: Record<string, string> = {
    'job.completed': 'JobCompletedWebhook',
    'call.completed': 'CallCompletedWebhook',
    'appointment.booked': 'AppointmentBookedWebhook',
    'emergency.detected': 'EmergencyDetectedWebhook',
    'call.missed': 'CallMissedWebhook',
  };
  const calls: [string, FixtureCall][] = [
    ['an emergency that ends booked', FLOODED_BASEMENT],
    ['a voicemail', VOICEMAIL],
    ['a booked cleaning', CLEANING_BOOKED],
  ];

  it.each(calls)('every body of %s, in every format, is what the document says', (_, call) => {
    for (const recordingUrl of [null, 'https://callsight.example.com/api/v1/recordings/job_1?signature=x']) {
      const facts = resultFacts(call, { recordingUrl });
      const sent = [
        ...bodiesOf(NATIVE, facts).map(({ event, body }) => [NATIVE_SCHEMAS[event], body] as const),
        ...bodiesOf(KESTREL, facts).map(({ body }) => ['KestrelWebhook', body] as const),
        ...bodiesOf(KRIDTECH, facts).map(({ body }) => ['KridtechCallWebhook', body] as const),
      ];
      expect(sent.length).toBeGreaterThanOrEqual(4);
      for (const [schema, body] of sent) expect([schema, problemsAgainst(schema, body)]).toEqual([schema, []]);
    }
  });
});
