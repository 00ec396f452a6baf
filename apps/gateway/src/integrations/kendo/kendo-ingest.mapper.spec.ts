import { camelCaseBody, toSubmission } from './kendo-ingest.mapper';

describe('Kendo ingest mapping', () => {
  it('maps the documented example', () => {
    const { command, statusReason } = toSubmission({
      transcript: 'Rep: Thanks for joining.',
      callTitle: 'Demo Call',
      disableAiTitleGeneration: true,
      repEmail: 'rep@company.com',
      duration: 18,
      metadata: { source: 'hubspot', recordId: '12345' },
    });
    expect(command).toEqual({
      source: 'transcript',
      transcript: 'Rep: Thanks for joining.',
      title: 'Demo Call',
      title_source: 'provided',
      rep_email: 'rep@company.com',
      duration_seconds: 1080,
      metadata: { source: 'hubspot', recordId: '12345' },
    });
    expect(statusReason).toBe('queued for transcript analysis');
  });

  it('reads snake_case as camelCase and refuses the same field two ways with different values', () => {
    expect(camelCaseBody({ rep_name: 'Ann', call_title: 'T', audio_url: 'https://x.test/a.mp3' })).toEqual({
      repName: 'Ann',
      callTitle: 'T',
      audioUrl: 'https://x.test/a.mp3',
    });
    expect(camelCaseBody({ rep_name: 'Ann', repName: 'Ann' })).toEqual({ repName: 'Ann' });
    expect(() => camelCaseBody({ rep_name: 'Ann', repName: 'Bob' })).toThrow(/both sent/);
    expect(() => camelCaseBody(['x'])).toThrow(/JSON object/);
  });

  it('prefers audio over an inline transcript and says so', () => {
    const { command, statusReason } = toSubmission({ transcript: 'A: hi', audioUrl: 'https://example.com/a.mp3' });
    expect(command).toEqual({ source: 'audio_url', audio_url: 'https://example.com/a.mp3' });
    expect(statusReason).toMatch(/audio takes priority/);
  });

  it('applies the title rules', () => {
    expect(toSubmission({ transcript: 'x', useAiCallTitle: false, callTitle: 'Mine' }).command.title_source).toBe(
      'provided',
    );
    expect(toSubmission({ transcript: 'x', useAiCallTitle: true }).command.title_source).toBe('generated');
    expect(toSubmission({ transcript: 'x' }).command.title_source).toBeUndefined();
    expect(toSubmission({ transcript: 'x', disableAiTitleGeneration: true }).statusReason).toMatch(/no callTitle/);
    expect(() => toSubmission({ transcript: 'x', disableAiTitleGeneration: true, useAiCallTitle: true })).toThrow(
      /contradict/,
    );
  });

  it('refuses a duration it cannot read', () => {
    expect(() => toSubmission({ transcript: 'x', duration: 'a while' })).toThrow(/duration/);
    expect(() => toSubmission({ transcript: 'x', duration: '30h' })).toThrow(/duration/);
  });
});
