import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlgorithmRuns, JobLogs, JobView, SubmissionAccepted, TranscriptView } from '@callsight/contracts';
import type { TalkRatioOutput } from '../../apps/scoring/src/algorithms/talk-ratio/talk-ratio.algorithm';
import { ApiClient } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { AudioServer } from '../support/audio-server';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { OpenAiSttServer } from '../support/openai-stt-server';
import { ffmpeg, sox, speak, VOICES, wordErrorRate } from '../support/speech';
import { waitFor } from '../support/wait-for';

const AGENT = [
  'Good morning, this is the dental office. How can I help you today?',
  'We have an opening on Tuesday at ten in the morning. Does that work for you?',
  'Your appointment is booked. Is there anything else I can do for you?',
];
const CUSTOMER = [
  'Hello, I would like to make an appointment for a checkup.',
  'Yes, Tuesday morning is good for me.',
  'No, that is everything. Thank you very much.',
];
const TARGET_WER = 0.15;

/** Real speech (Festival voices) through the whole pipeline, heard by PocketSphinx. */
describe('transcription of generated speech', () => {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-speech-'));
  let audio: AudioServer;
  let stt: OpenAiSttServer;
  let running: RunningStack;
  let api: ApiClient;
  const werReport: string[] = [];

  beforeAll(async () => {
    // A two-voice call: the agent on the left channel, the customer on the right, taking turns.
    const turns: string[] = [];
    for (let index = 0; index < AGENT.length; index += 1) {
      turns.push(await speak(dir, `agent-${index}`, AGENT[index], VOICES.agent));
      turns.push(await speak(dir, `customer-${index}`, CUSTOMER[index], VOICES.customer));
    }
    const silenceAfter = async (file: string, name: string) => (
      await sox(file, '-r', '16000', '-c', '1', join(dir, name), 'pad', '0', '0.7'),
      join(dir, name)
    );
    const padded = await Promise.all(turns.map((file, index) => silenceAfter(file, `turn-${index}.wav`)));
    const silenceOf = async (file: string, name: string) => (
      await sox(file, join(dir, name), 'vol', '0'),
      join(dir, name)
    );
    const left = padded.map((file, index) => (index % 2 === 0 ? file : null));
    const leftFiles = await Promise.all(
      padded.map((file, index) => (left[index] ? Promise.resolve(file) : silenceOf(file, `mute-left-${index}.wav`))),
    );
    const rightFiles = await Promise.all(
      padded.map((file, index) =>
        index % 2 === 1 ? Promise.resolve(file) : silenceOf(file, `mute-right-${index}.wav`),
      ),
    );
    await sox(...leftFiles, join(dir, 'left.wav'));
    await sox(...rightFiles, join(dir, 'right.wav'));
    await sox('-M', join(dir, 'left.wav'), join(dir, 'right.wav'), join(dir, 'call-stereo.wav'));
    await sox(...padded.filter((_, index) => index % 2 === 0), join(dir, 'agent-mono.wav'));
    // A mono call saved as stereo: the same audio on both channels, exactly, in Opus, and coded apart.
    await sox('-M', join(dir, 'agent-mono.wav'), join(dir, 'agent-mono.wav'), join(dir, 'agent-dual-mono.wav'));
    await ffmpeg(join(dir, 'agent-dual-mono.wav'), join(dir, 'agent-dual-mono.ogg'), '-c:a', 'libopus', '-b:a', '32k');
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-left.mp3'), '-c:a', 'libmp3lame', '-b:a', '32k');
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-right.ogg'), '-c:a', 'libopus', '-b:a', '16k');
    await ffmpeg(join(dir, 'agent-left.mp3'), join(dir, 'agent-left.wav'), '-ar', '16000');
    await ffmpeg(join(dir, 'agent-right.ogg'), join(dir, 'agent-right.wav'), '-ar', '16000');
    await sox('-M', join(dir, 'agent-left.wav'), join(dir, 'agent-right.wav'), join(dir, 'agent-coded-apart.wav'));
    // A mono call on the right channel only, the left silent.
    await sox(join(dir, 'agent-mono.wav'), join(dir, 'agent-muted.wav'), 'vol', '0');
    await sox('-M', join(dir, 'agent-muted.wav'), join(dir, 'agent-mono.wav'), join(dir, 'agent-right-only.wav'));
    await sox(...padded, ...padded, join(dir, 'dialogue-mono.wav'));
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-mono.mp3'), '-c:a', 'libmp3lame', '-b:a', '64k');
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-mono.ogg'), '-c:a', 'libopus', '-b:a', '32k');
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-mono.flac'), '-c:a', 'flac');
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-mono.m4a'), '-c:a', 'aac', '-b:a', '64k');
    await ffmpeg(join(dir, 'agent-mono.wav'), join(dir, 'agent-mono.webm'), '-c:a', 'libopus', '-b:a', '32k');
    // As a browser's MediaRecorder streams it: no duration in the header.
    writeFileSync(
      join(dir, 'agent-streamed.webm'),
      execFileSync(
        'ffmpeg',
        ['-v', 'error', '-i', join(dir, 'agent-mono.wav'), '-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', '-'],
        { maxBuffer: 64 * 1024 * 1024 },
      ),
    );
    await sox('-n', '-r', '16000', '-c', '1', join(dir, 'silence.wav'), 'trim', '0', '3');
    await sox(
      '-n',
      '-r',
      '16000',
      '-c',
      '1',
      '-b',
      '16',
      join(dir, 'tone.wav'),
      'synth',
      '3',
      'sine',
      '440',
      'vol',
      '0.3',
    );
    writeFileSync(
      join(dir, 'corrupt.wav'),
      Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt '), randomBytes(20_000)]),
    );

    audio = await AudioServer.start(dir);
    stt = await OpenAiSttServer.start();
    running = await startInProcessStack('speech', {
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.1',
      CALLSIGHT_OPENAI_STT_URL: stt.baseUrl,
      CALLSIGHT_OPENAI_STT_MODEL: 'whisper-test',
      CALLSIGHT_STT_CHUNK_SECONDS: '20',
    });
    api = running.api;
  });

  afterAll(async () => {
    await running?.stop();
    await audio?.close();
    await stt?.close();
    rmSync(dir, { recursive: true, force: true });
    if (werReport.length) process.stdout.write(`\nWord error rates: ${werReport.join('; ')}\n`);
  });

  const finished = (jobId: string, client = api) =>
    waitFor(
      async () => {
        const job = (await client.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
        return ['completed', 'failed'].includes(job.status) ? job : undefined;
      },
      `job ${jobId} to finish`,
      90_000,
      250,
    );

  /** The length of a file in the served directory as sox reads it from the file itself. */
  const secondsOf = (file: string): number =>
    Number(execFileSync('sox', ['--i', '-D', join(dir, file)], { encoding: 'utf8' }));

  /** Submits the file by its URL and waits for the job to end. */
  const jobFromUrl = async (file: string, client = api) => {
    const accepted = await client.post<SubmissionAccepted>('/api/v1/calls/audio', { audio_url: audio.url(file) });
    expect(accepted.status).toBe(202);
    return finished(accepted.body.job_id, client);
  };
  /** The ended job and its transcript, for a file the test expects to be transcribed (it asserts the job completed). */
  const transcribeUrl = async (file: string, client = api) => {
    const job = await jobFromUrl(file, client);
    const transcript = (await client.get<TranscriptView>(`/api/v1/jobs/${job.job_id}/transcript`)).body;
    return { job, transcript };
  };

  it('hears a two-voice stereo call as two speakers, merged by time, within the target word error rate', async () => {
    const { job, transcript } = await transcribeUrl('call-stereo.wav');
    expect(job.status).toBe('completed');
    expect(transcript).toMatchObject({ engine: 'pocketsphinx', channels: 2, model: match.any(String) });
    expect(transcript.duration_seconds).toBeGreaterThan(15);
    // The job keeps the length transcription measured: the WAV's own, to a few milliseconds.
    expect(Math.abs(job.audio_duration_seconds! - secondsOf('call-stereo.wav'))).toBeLessThan(0.02);
    expect(job.duration_seconds).toBeNull();
    expect(transcript.timings).toMatchObject({
      fetchMs: match.any(Number),
      decodeMs: match.any(Number),
      recogniseMs: match.any(Number),
      realTimeFactor: match.any(Number),
    });
    const speakers = [...new Set(transcript.segments.map((segment) => segment.speaker))];
    expect(speakers.sort()).toEqual(['Agent', 'Customer']);
    const starts = transcript.segments.map((segment) => segment.start);
    expect(starts).toEqual([...starts].sort((a, b) => a! - b!));
    expect(transcript.segments[0].speaker).toBe('Agent');
    const said = (speaker: string) =>
      transcript.segments
        .filter((segment) => segment.speaker === speaker)
        .map((segment) => segment.text)
        .join(' ');
    const agentWer = wordErrorRate(AGENT.join(' '), said('Agent'));
    const customerWer = wordErrorRate(CUSTOMER.join(' '), said('Customer'));
    werReport.push(
      `stereo agent ${(agentWer * 100).toFixed(1)}%`,
      `stereo customer ${(customerWer * 100).toFixed(1)}%`,
    );
    expect(agentWer).toBeLessThanOrEqual(TARGET_WER);
    expect(customerWer).toBeLessThanOrEqual(TARGET_WER);
    const logs = (await api.get<JobLogs>(`/api/v1/jobs/${job.job_id}/logs`)).body.data.map((line) => line.message);
    expect(logs).toEqual(
      expect.arrayContaining([
        'transcribing with pocketsphinx',
        expect.stringMatching(
          /^transcribed by pocketsphinx \(.+\), [\d.]+ s of audio, recognition \d+ ms, real-time factor [\d.]+$/,
        ),
      ]),
    );
    const runs = (await api.get<AlgorithmRuns>(`/api/v1/jobs/${job.job_id}/runs`)).body.data;
    const talk = runs.find((run) => run.algorithm_id === 'talk_ratio')!.output as TalkRatioOutput;
    expect(talk.speakers.map((speaker) => speaker.speaker).sort()).toEqual(['Agent', 'Customer']);
  });

  it.each([
    'agent-mono.wav',
    'agent-mono.mp3',
    'agent-mono.ogg',
    'agent-mono.flac',
    'agent-mono.m4a',
    'agent-mono.webm',
    'agent-streamed.webm',
  ])('hears %s as one speaker within the target word error rate', async (file) => {
    const { job, transcript } = await transcribeUrl(file);
    expect(job.status).toBe('completed');
    expect(transcript.channels).toBe(1);
    // Encoders pad a little (priming, the last frame); the stream without a duration in its header is measured too.
    expect(Math.abs(job.audio_duration_seconds! - secondsOf('agent-mono.wav'))).toBeLessThan(0.1);
    expect(new Set(transcript.segments.map((segment) => segment.speaker))).toEqual(new Set(['Speaker 1']));
    expect(transcript.segments[0].words![0]).toEqual({
      word: match.any(String),
      start: match.any(Number),
      end: match.any(Number),
      confidence: match.any(Number),
    });
    const wer = wordErrorRate(AGENT.join(' '), transcript.text.replace(/Speaker 1: /g, ''));
    werReport.push(`${file} ${(wer * 100).toFixed(1)}%`);
    expect(wer).toBeLessThanOrEqual(TARGET_WER);
  });

  it.each([
    ['the same audio on both channels', 'agent-dual-mono.wav'],
    ['the same audio on both channels in Opus', 'agent-dual-mono.ogg'],
    ['the same audio coded apart on each channel (mp3 and Opus)', 'agent-coded-apart.wav'],
    ['the call on one channel, the other silent', 'agent-right-only.wav'],
  ])('hears a stereo file with %s as mono: each turn once, one speaker', async (_label, file) => {
    const { job, transcript } = await transcribeUrl(file);
    expect(job.status).toBe('completed');
    expect(transcript.channels).toBe(1);
    expect(new Set(transcript.segments.map((segment) => segment.speaker))).toEqual(new Set(['Speaker 1']));
    // Heard twice, every word would be inserted once more: a word error rate near 100%.
    const wer = wordErrorRate(AGENT.join(' '), transcript.text.replace(/Speaker 1: /g, ''));
    werReport.push(`${file} ${(wer * 100).toFixed(1)}%`);
    expect(wer).toBeLessThanOrEqual(TARGET_WER);
  });

  it('cuts a recording longer than a chunk at pauses, so no word is lost at the seams', async () => {
    const { job, transcript } = await transcribeUrl('dialogue-mono.wav');
    expect(job.status).toBe('completed');
    // Longer than two chunks and their slack, so at least two cuts are made.
    expect(transcript.duration_seconds).toBeGreaterThan(2 * 20 * 1.25);
    const once = AGENT.flatMap((line, index) => [line, CUSTOMER[index]]).join(' ');
    const dialogue = `${once} ${once}`;
    const wer = wordErrorRate(dialogue, transcript.text.replace(/Speaker 1: /g, ''));
    werReport.push(`dialogue-mono.wav in 20 s chunks ${(wer * 100).toFixed(1)}%`);
    expect(wer).toBeLessThanOrEqual(TARGET_WER);
  });

  it('keeps the speaker labels of an engine that diarizes a mono call', async () => {
    const workspace = await running.workspaces.createWorkspace('diarized');
    const client = new ApiClient(api.baseUrl, (await running.workspaces.createKey(workspace.id, 'k')).key);
    await client.patch(`/api/v1/config/workspaces/${workspace.id}/transcription`, {
      engine: 'openai_compatible',
      model: 'whisper-diarize-test',
    });
    const { job, transcript } = await transcribeUrl('dialogue-mono.wav', client);
    expect(job.status).toBe('completed');
    expect(new Set(transcript.segments.map((segment) => segment.speaker))).toEqual(new Set(['Speaker A', 'Speaker B']));
  });

  it('transcribes an uploaded recording from storage', async () => {
    const data = new FormData();
    data.append('file', new Blob([readFileSync(join(dir, 'agent-mono.mp3'))]), 'call.mp3');
    const accepted = await api.request<SubmissionAccepted>('POST', '/api/v1/calls/audio-file', { form: data });
    expect(accepted.status).toBe(202);
    const job = await finished(accepted.body.job_id);
    expect(job.status).toBe('completed');
    const transcript = (await api.get<TranscriptView>(`/api/v1/jobs/${job.job_id}/transcript`)).body;
    expect(wordErrorRate(AGENT.join(' '), transcript.text.replace(/Speaker 1: /g, ''))).toBeLessThanOrEqual(TARGET_WER);
  });

  it.each([
    ['silence', 'silence.wav', /transcription failed \(silent_audio\): the audio is silent/],
    [
      'a tone with no speech in it',
      'tone.wav',
      /transcription failed \(no_speech\): no speech was recognised in the audio/,
    ],
    ['a corrupt file', 'corrupt.wav', /transcription failed \(undecodable_audio\)/],
    ['a page that is not audio', 'page.html', /transcription failed \(not_audio\).*text\/html/],
    ['a missing file', 'missing.wav', /transcription failed \(download_failed\).*404/],
    ['a redirect to a private address', 'redirect-private', /transcription failed \(egress_denied\).*10\.255\.255\.1/],
  ])('fails %s with a clear reason', async (_label, file, reason) => {
    const job = await jobFromUrl(file);
    expect(job.status).toBe('failed');
    expect(job.status_reason).toMatch(reason);
  });

  it('follows an allowed redirect', async () => {
    const { job } = await transcribeUrl('redirect/agent-mono.mp3');
    expect(job.status).toBe('completed');
  });

  // Refused when submitted; a URL that gets past that is refused when fetched (test/egress/ssrf-table.spec.ts).
  it('refuses a loopback address the deployment does not allow (only 127.0.0.1 is) when it is submitted', async () => {
    const refused = await api.post<{ errors?: Array<{ field: string; message: string }> }>('/api/v1/calls/audio', {
      audio_url: audio.url('agent-mono.wav').replace('127.0.0.1', '127.0.0.2'),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.map(({ field }) => field)).toEqual(['audio_url']);
    expect(refused.body.errors?.[0].message).toMatch(
      /127\.0\.0\.2 is not a public address \(loopback\).*CALLSIGHT_EGRESS_ALLOW/,
    );
  });

  it('uses an OpenAI-compatible server when the workspace chooses it, with its model, language and prompt', async () => {
    const workspace = await running.workspaces.createWorkspace('whisper-users');
    const client = new ApiClient(api.baseUrl, (await running.workspaces.createKey(workspace.id, 'k')).key);
    const configured = await client.patch(`/api/v1/config/workspaces/${workspace.id}/transcription`, {
      engine: 'openai_compatible',
      model: 'Systran/faster-whisper-small',
      language: 'en-US',
      prompt: 'dental office, checkup',
    });
    expect(configured.status).toBe(200);
    const { job, transcript } = await transcribeUrl('agent-mono.wav', client);
    expect(job.status).toBe('completed');
    expect(transcript).toMatchObject({ engine: 'openai_compatible', model: 'Systran/faster-whisper-small' });
    const call = stt.calls.at(-1) as Record<string, unknown>;
    expect(call).toMatchObject({
      model: 'Systran/faster-whisper-small',
      response_format: 'verbose_json',
      language: 'en',
      prompt: 'dental office, checkup',
    });
    expect(call['timestamp_granularities[]']).toEqual(['segment', 'word']);
    const wer = wordErrorRate(AGENT.join(' '), transcript.text.replace(/Speaker 1: /g, ''));
    werReport.push(`openai-compatible ${(wer * 100).toFixed(1)}%`);
    expect(wer).toBeLessThanOrEqual(TARGET_WER);
  });

  it('reads supplied transcripts in WebVTT', async () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Hello there.\n\n00:00:02.500 --> 00:00:04.000\n<v Customer>Hi, I need help.\n';
    const accepted = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript: vtt });
    const job = await finished(accepted.body.job_id);
    expect(job.status).toBe('completed');
    const transcript = (await api.get<TranscriptView>(`/api/v1/jobs/${job.job_id}/transcript`)).body;
    expect(transcript).toMatchObject({
      engine: 'supplied',
      format: 'webvtt',
      segments: [
        { speaker: 'Agent', start: 1, end: 2 },
        { speaker: 'Customer', start: 2.5, end: 4 },
      ],
    });
  });
});
