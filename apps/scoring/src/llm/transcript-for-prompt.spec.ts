import { transcriptForPrompt } from './transcript-for-prompt';

const segment = (speaker: string, text: string, start: number | null = null) => ({ speaker, text, start, end: null });

describe('the transcript in a prompt', () => {
  it('numbers each segment and says who spoke when', () => {
    const { text, truncated } = transcriptForPrompt(
      [segment('Agent', 'thanks for calling bright smile dental', 0), segment('Caller', 'hi i need a cleaning', 65.4)],
      10_000,
    );
    expect(text).toBe(
      '[0] Agent (0:00): thanks for calling bright smile dental\n[1] Caller (1:05): hi i need a cleaning',
    );
    expect(truncated).toBe(false);
  });

  it('leaves out the middle of a long call, keeps the start and the end, and says so', () => {
    const segments = Array.from({ length: 200 }, (_, index) =>
      segment(index % 2 ? 'Caller' : 'Agent', `line number ${index}`),
    );
    const { text, truncated } = transcriptForPrompt(segments, 1_000);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(1_000 + 120);
    expect(text.startsWith('[0] Agent: line number 0\n')).toBe(true);
    expect(text.endsWith('[199] Caller: line number 199')).toBe(true);
    expect(text).toMatch(/\[… \d+ segments left out: the transcript is longer than 1000 characters …\]/);
  });
});
