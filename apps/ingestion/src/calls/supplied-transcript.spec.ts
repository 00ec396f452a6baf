import { resolveConfig, ResolvedWorkspaceConfig } from '@callsight/contracts';
import { parseSuppliedTranscript } from '@callsight/transcript-formats';
import { keptTranscript } from './supplied-transcript';

function configWith(redaction: unknown): ResolvedWorkspaceConfig {
  const resolved = resolveConfig({ algorithms: { redaction } });
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  return resolved.config;
}

const SRT = [
  '1',
  '00:00:01,000 --> 00:00:04,000',
  'Agent: Thanks for calling, can I get a callback number?',
  '',
  '2',
  '00:00:04,500 --> 00:00:09,250',
  'Customer: sure it is 415-555-0132 or write to pat.lee@example.com',
  '',
].join('\n');

describe('keptTranscript', () => {
  it('keeps the transcript as sent when the workspace does not redact', () => {
    expect(keptTranscript(SRT, configWith({ enabled: false }))).toEqual({ transcript: SRT, suppliedRedaction: null });
  });

  it('keeps only the redacted segments, in a form that parses back to the same segments, with the format it came in', () => {
    const kept = keptTranscript(SRT, configWith({ enabled: true, entities: ['phone', 'email'] }));
    expect(kept.transcript).not.toMatch(/415|pat\.lee|example\.com/);
    expect(kept.suppliedRedaction).toEqual({
      format: 'srt',
      redaction: { entities: ['phone', 'email'], counts: { phone: 1, email: 1, card: 0, ssn: 0 } },
    });
    const reparsed = parseSuppliedTranscript(kept.transcript);
    expect(reparsed.format).toBe('json');
    expect(reparsed.segments).toEqual([
      { speaker: 'Agent', text: 'Thanks for calling, can I get a callback number?', start: 1, end: 4 },
      { speaker: 'Customer', text: 'sure it is [PHONE] or write to [EMAIL]', start: 4.5, end: 9.25 },
    ]);
  });

  it('redacts only the kinds the workspace asks for', () => {
    const kept = keptTranscript(SRT, configWith({ enabled: true, entities: ['email'] }));
    expect(kept.transcript).toContain('415-555-0132');
    expect(kept.transcript).not.toContain('pat.lee');
  });

  it('keeps timed words, with the redacted ones merged into one placeholder', () => {
    const words = [
      { word: 'call', start: 0, end: 0.3, confidence: 0.9, speaker: 'A' },
      { word: '415-555-0132', start: 0.4, end: 1.5, confidence: 0.8, speaker: 'A' },
    ];
    const kept = keptTranscript(
      JSON.stringify({
        utterances: [
          {
            speaker: 'A',
            text: 'call 415-555-0132',
            start: 0,
            end: 1500,
            words: words.map((w) => ({ ...w, start: w.start * 1000, end: w.end * 1000 })),
          },
        ],
      }),
      configWith({ enabled: true, entities: ['phone'] }),
    );
    const [segment] = parseSuppliedTranscript(kept.transcript).segments;
    expect(segment.text).toBe('call [PHONE]');
    expect(segment.words?.map((word) => word.word)).toEqual(['call', '[PHONE]']);
    expect(kept.transcript).not.toContain('415');
  });

  it('keeps a transcript without words as sent: there is nothing to redact and transcription reports it empty', () => {
    expect(keptTranscript(' \n', configWith({ enabled: true, entities: ['phone'] })).suppliedRedaction).toBeNull();
  });
});
