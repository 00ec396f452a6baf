#!/usr/bin/env node
// Real-time factor and word error rate of each available speech engine on generated speech
// (Festival voices), per utterance and for a whole stereo call through the chunked pipeline.
// Usage: node bench/stt.js    (set CALLSIGHT_OPENAI_STT_URL to include an OpenAI-compatible server)
require('reflect-metadata');
require('@nestjs/common').Logger.overrideLogger(false);
const { execFileSync } = require('node:child_process');
const { createReadStream, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir, cpus } = require('node:os');
const { join } = require('node:path');

const dist = (path) => require(join(__dirname, '..', 'dist', path));
const { PocketSphinxEngine } = dist('apps/transcription/src/engines/pocketsphinx.engine');
const { OpenAiCompatibleEngine } = dist('apps/transcription/src/engines/openai-compatible.engine');
const { AudioTranscriberService } = dist('apps/transcription/src/audio/audio-transcriber.service');
const { AudioSourceService } = dist('apps/transcription/src/audio/audio-source.service');
const { SpeechEngines } = dist('apps/transcription/src/engines/speech-engines');
const { LocalAudioStorage } = dist('libs/common/src/storage');

const AGENT = [
  'Good morning, this is the dental office. How can I help you today?',
  'We have an opening on Tuesday at ten in the morning. Does that work for you?',
  'Your appointment is booked. Is there anything else I can do for you?',
  'Please arrive ten minutes early and bring your insurance card.',
];
const CUSTOMER = [
  'Hello, I would like to make an appointment for a checkup.',
  'Yes, Tuesday morning is good for me.',
  'No, that is everything. Thank you very much.',
  'I will be there on time. Have a nice day.',
];
const VOICES = { agent: '(voice_cmu_us_slt_arctic_hts)', customer: '(voice_kal_diphone)' };

const words = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
function edits(reference, hypothesis) {
  const said = words(reference);
  const heard = words(hypothesis);
  let previous = Array.from({ length: heard.length + 1 }, (_, index) => index);
  for (let i = 1; i <= said.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= heard.length; j += 1)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (said[i - 1] === heard[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return { errors: previous[heard.length], words: said.length };
}
const seconds = (file) =>
  Number(
    execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).toString(),
  );

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'callsight-bench-stt-'));
  try {
    const utterances = [];
    for (const [who, lines] of [
      ['agent', AGENT],
      ['customer', CUSTOMER],
    ]) {
      for (const [index, text] of lines.entries()) {
        const raw = join(dir, `${who}-${index}-raw.wav`);
        const wav = join(dir, `${who}-${index}.wav`);
        writeFileSync(join(dir, 'line.txt'), text);
        execFileSync('text2wave', ['-eval', VOICES[who], join(dir, 'line.txt'), '-o', raw]);
        execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', raw, '-ac', '1', '-ar', '16000', wav]);
        utterances.push({ who, text, wav, seconds: seconds(wav) });
      }
    }
    const engines = [new PocketSphinxEngine()];
    if (process.env.CALLSIGHT_OPENAI_STT_URL)
      engines.push(
        new OpenAiCompatibleEngine({
          baseUrl: process.env.CALLSIGHT_OPENAI_STT_URL,
          apiKey: process.env.CALLSIGHT_OPENAI_STT_API_KEY ?? null,
          defaultModel: process.env.CALLSIGHT_OPENAI_STT_MODEL ?? 'whisper-1',
          timeoutMs: 600_000,
        }),
      );
    const results = [];
    for (const engine of engines) {
      let errors = 0,
        total = 0,
        audio = 0,
        wall = 0;
      for (const utterance of utterances) {
        const started = process.hrtime.bigint();
        const segments = await engine.transcribe(utterance.wav, { language: 'en', prompt: null, model: null });
        wall += Number(process.hrtime.bigint() - started) / 1e9;
        audio += utterance.seconds;
        const counted = edits(utterance.text, segments.map((segment) => segment.text).join(' '));
        errors += counted.errors;
        total += counted.words;
      }
      results.push({
        engine: engine.id,
        utterances: utterances.length,
        words: total,
        audioSeconds: +audio.toFixed(1),
        wer: +((errors / total) * 100).toFixed(1),
        realTimeFactor: +(wall / audio).toFixed(3),
      });
    }

    // A whole stereo call (agent left, customer right, taking turns) through the chunked pipeline.
    const turns = [];
    AGENT.forEach((_, index) => turns.push(utterances[index], utterances[AGENT.length + index]));
    const padded = turns.map((turn, index) => {
      const out = join(dir, `turn-${index}.wav`);
      execFileSync('sox', [turn.wav, out, 'pad', '0', '0.6']);
      return out;
    });
    const muted = padded.map((file, index) => {
      const out = join(dir, `mute-${index}.wav`);
      execFileSync('sox', [file, out, 'vol', '0']);
      return out;
    });
    const left = padded.map((file, index) => (index % 2 === 0 ? file : muted[index]));
    const right = padded.map((file, index) => (index % 2 === 1 ? file : muted[index]));
    execFileSync('sox', [...left, join(dir, 'left.wav')]);
    execFileSync('sox', [...right, join(dir, 'right.wav')]);
    // Four repetitions make a call long enough to need several chunks.
    execFileSync('sox', ['-M', join(dir, 'left.wav'), join(dir, 'right.wav'), join(dir, 'once.wav')]);
    execFileSync('sox', [
      join(dir, 'once.wav'),
      join(dir, 'once.wav'),
      join(dir, 'once.wav'),
      join(dir, 'once.wav'),
      join(dir, 'call.wav'),
    ]);
    const storage = new LocalAudioStorage(join(dir, 'store'));
    const stored = await storage.put(createReadStream(join(dir, 'call.wav')), {
      workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r',
      maxBytes: 1e9,
    });
    const pipeline = [];
    for (const concurrency of [1, 2]) {
      const settings = {
        egressAllow: '',
        maxBytes: 1e9,
        downloadTimeoutMs: 60_000,
        maxSeconds: 3600,
        chunkSeconds: 30,
        concurrency,
        defaultEngine: 'pocketsphinx',
        openAi: null,
      };
      const transcriber = new AudioTranscriberService(
        settings,
        new AudioSourceService(settings, storage),
        new SpeechEngines(settings),
      );
      const started = process.hrtime.bigint();
      const transcript = await transcriber.transcribe(
        { job: { jobId: 'bench' }, source: 'audio_file', audioKey: stored.key, audioUrl: null, language: null },
        { engine: null, model: null, language: null, prompt: null, stereo_speakers: ['Agent', 'Customer'] },
      );
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const said = (speaker) =>
        transcript.segments
          .filter((segment) => segment.speaker === speaker)
          .map((segment) => segment.text)
          .join(' ');
      const agent = edits(Array(4).fill(AGENT.join(' ')).join(' '), said('Agent'));
      const customer = edits(Array(4).fill(CUSTOMER.join(' ')).join(' '), said('Customer'));
      pipeline.push({
        concurrency,
        audioSeconds: +transcript.durationSeconds.toFixed(1),
        targetChunkSeconds: 30,
        wallSeconds: +wall.toFixed(2),
        realTimeFactor: +(wall / transcript.durationSeconds).toFixed(3),
        wer: +(((agent.errors + customer.errors) / (agent.words + customer.words)) * 100).toFixed(1),
      });
    }
    console.log(
      JSON.stringify(
        {
          cpus: cpus().length,
          engines: results,
          stereoCallPipeline: pipeline,
          openAiCompatible: process.env.CALLSIGHT_OPENAI_STT_URL
            ? 'measured'
            : 'not measured (set CALLSIGHT_OPENAI_STT_URL)',
        },
        null,
        2,
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
