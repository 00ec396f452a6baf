import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { HealthReport, JobView, SubmissionAccepted } from '@callsight/contracts';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

const run = promisify(execFile);

/**
 * A host without PocketSphinx: the binary and model directory point where nothing is installed
 * (CALLSIGHT_POCKETSPHINX_BIN and CALLSIGHT_POCKETSPHINX_MODEL_DIR), as on a machine that never ran
 * `apt-get install pocketsphinx pocketsphinx-en-us`. ffmpeg stays, so only the engine is missing.
 */
describe('a missing embedded speech engine', () => {
  let running: RunningStack;
  let empty: string;
  let wav: Buffer;

  beforeAll(async () => {
    empty = mkdtempSync(join(tmpdir(), 'callsight-no-engine-'));
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=2', join(empty, 'tone.wav')]);
    wav = readFileSync(join(empty, 'tone.wav'));
    rmSync(join(empty, 'tone.wav'));
    running = await startInProcessStack('engine-missing', {
      CALLSIGHT_POCKETSPHINX_BIN: join(empty, 'pocketsphinx_continuous'),
      CALLSIGHT_POCKETSPHINX_MODEL_DIR: join(empty, 'model'),
    });
  });

  afterAll(async () => {
    await running?.stop();
    rmSync(empty, { recursive: true, force: true });
  });

  it('fails an audio job at once with speech_engine_unavailable and the install command', async () => {
    const form = new FormData();
    form.append('file', new Blob([wav], { type: 'audio/wav' }), 'call.wav');
    const accepted = await running.api.request<SubmissionAccepted>('POST', '/api/v1/calls/audio-file', { form });
    expect(accepted.status).toBe(202);
    const started = Date.now();
    const job = await waitFor(
      async () => {
        const view = (await running.api.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`)).body;
        return view.status === 'failed' ? view : undefined;
      },
      'the job to fail',
      20_000,
    );
    // Well inside the first retry's 5 s backoff: the job is not retried.
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(job.status_reason).toMatch(/^transcription failed \(speech_engine_unavailable\): /);
    expect(job.status_reason).toContain(`${join(empty, 'pocketsphinx_continuous')} does not exist`);
    expect(job.status_reason).toContain('package pocketsphinx, pocketsphinx-en-us');
    expect(job.status_reason).toContain('apt-get install pocketsphinx pocketsphinx-en-us');
  });

  it('says the system is degraded, naming the missing package', async () => {
    const health = await running.api.get<HealthReport>('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.database.status).toBe('ok');
    const transcription = health.body.services.transcription;
    expect(transcription.status).toBe('degraded');
    expect(transcription.dependencies?.speech_engine).toMatchObject({ status: 'down' });
    expect(transcription.dependencies?.speech_engine.error).toContain(
      'apt-get install pocketsphinx pocketsphinx-en-us',
    );
    expect(health.body.services.scoring.status).toBe('ok');
  });
});
