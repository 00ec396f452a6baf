import { resolveConfig, fieldPath } from './config-validation';
import { changedSections, patchSettings, replaceSettings, sectionView, withLatestSecrets } from './config-settings';

const tracker = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, phrases: ['cancel'], ...extra });
const errorsOf = (settings: unknown) => {
  const check = resolveConfig(settings);
  if (check.ok) throw new Error('expected the configuration to be refused');
  return check.errors;
};

describe('workspace config schema', () => {
  it('resolves an empty configuration to every default', () => {
    const check = resolveConfig({});
    expect(check.ok && check.config).toEqual({
      transcription: {
        engine: null,
        model: null,
        language: null,
        prompt: null,
        stereo_speakers: ['Agent', 'Customer'],
      },
      algorithms: {
        enabled: null,
        trackers: [],
        scorecards: [],
        redaction: { enabled: false, entities: ['phone', 'email', 'card', 'ssn'] },
      },
      llm: {
        base_url: null,
        model: null,
        api_key: null,
        max_concurrency: 4,
        timeout_ms: 30000,
        structured_output: 'auto',
      },
      webhooks: { url: null, secret: null, enabled: true },
      ingestion: { duplicate_policy: 'process' },
      processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30, timezone: 'UTC' },
    });
  });

  it('fills defaults inside what was set, down to array items, and leaves the input as it was', () => {
    const settings = { algorithms: { trackers: [tracker('cancel')], redaction: { enabled: true } } };
    const check = resolveConfig(settings);
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(check.config.algorithms.trackers).toEqual([
      { ...tracker('cancel'), speaker: 'any', part: 'any', negation_aware: true, word_forms: true },
    ]);
    expect(check.config.algorithms.redaction).toEqual({ enabled: true, entities: ['phone', 'email', 'card', 'ssn'] });
    expect(settings).toEqual({ algorithms: { trackers: [tracker('cancel')], redaction: { enabled: true } } });
  });

  it('accepts each kind of scorecard criterion', () => {
    const check = resolveConfig({
      algorithms: {
        enabled: ['talk_ratio', 'talk_ratio.copy_3'],
        trackers: [tracker('cancel')],
        scorecards: [
          {
            id: 'intro',
            name: 'Intro',
            criteria: [
              { id: 'a', name: 'A', weight: 2, type: 'tracker', tracker_id: 'cancel', expect: 'absent' },
              {
                id: 'b',
                name: 'B',
                weight: 0.5,
                type: 'rule',
                algorithm_id: 'talk_ratio',
                path: 'agent.talk_share',
                operator: '<=',
                value: 0.6,
              },
              { id: 'c', name: 'C', weight: 100, type: 'llm', question: 'Did the agent agree a next step?' },
            ],
          },
        ],
      },
    });
    expect(check.ok && check.config.algorithms.scorecards[0].pass_score).toBe(70);
  });

  it('names each wrong field by its path, once', () => {
    const errors = errorsOf({
      algorithms: {
        trackers: [tracker('ok'), { id: 'Bad Id', name: '', phrases: [] }],
        scorecards: [{ id: 's', name: 'S', criteria: [{ id: 'x', name: 'X', weight: 0, type: 'guess' }] }],
      },
      llm: { max_concurrency: 17, structured_output: 'yaml' },
      webhooks: { url: 'javascript:alert(1)', retries: 3 },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'algorithms.trackers[1].id', message: 'id must match pattern "^[a-z0-9_-]{1,64}$"' },
        { field: 'algorithms.trackers[1].name', message: 'name must NOT have fewer than 1 characters' },
        { field: 'algorithms.trackers[1].phrases', message: 'phrases must NOT have fewer than 1 items' },
        { field: 'algorithms.scorecards[0].criteria[0].type', message: 'type must be one of: tracker, rule, llm' },
        { field: 'llm.max_concurrency', message: 'max_concurrency must be <= 16' },
        {
          field: 'llm.structured_output',
          message: 'structured_output must be one of: auto, json_schema, json_object, none',
        },
        { field: 'webhooks.url', message: 'url must be an http(s) URL' },
        { field: 'webhooks.retries', message: 'property retries should not exist' },
      ]),
    );
    expect(new Set(errors.map((error) => error.field)).size).toBe(errors.length);
  });

  it('refuses duplicate ids and criteria naming trackers that do not exist', () => {
    const errors = errorsOf({
      algorithms: {
        trackers: [tracker('cancel'), tracker('cancel')],
        scorecards: [
          {
            id: 's',
            name: 'S',
            criteria: [
              { id: 'a', name: 'A', weight: 1, type: 'tracker', tracker_id: 'refund', expect: 'present' },
              { id: 'a', name: 'A', weight: 1, type: 'llm', question: 'Q?' },
            ],
          },
        ],
      },
    });
    expect(errors).toEqual([
      { field: 'algorithms.trackers[1].id', message: 'id cancel is used by an earlier tracker' },
      { field: 'algorithms.scorecards[0].criteria[1].id', message: 'id a is used by an earlier criterion' },
      {
        field: 'algorithms.scorecards[0].criteria[0].tracker_id',
        message: 'tracker_id refund names no tracker of this configuration',
      },
    ]);
  });

  it('refuses what is not an object, and unknown sections', () => {
    expect(errorsOf([])).toEqual([{ field: 'body', message: 'must be a JSON object' }]);
    expect(errorsOf({ billing: {} })).toEqual([{ field: 'billing', message: 'property billing should not exist' }]);
    expect(errorsOf({ processing: 5 })).toEqual([{ field: 'processing', message: 'processing must be object' }]);
  });

  it('takes any IANA time zone the runtime knows as the workspace zone', () => {
    for (const timezone of ['Pacific/Auckland', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5', 'UTC']) {
      const check = resolveConfig({ processing: { timezone } });
      expect(check.ok && check.config.processing.timezone).toBe(timezone);
    }
  });

  it('refuses a time zone that is no IANA zone, saying what it must be', () => {
    for (const timezone of ['Mars/Olympus_Mons', 'GMT+25', '+05:00', '', 'Europe/Berlin '])
      expect(errorsOf({ processing: { timezone } })).toEqual([
        { field: 'processing.timezone', message: 'timezone must be an IANA time zone such as America/New_York or UTC' },
      ]);
    expect(errorsOf({ processing: { timezone: 3 } })).toEqual([
      { field: 'processing.timezone', message: 'timezone must be string' },
    ]);
  });

  it('writes JSON pointers the way problem bodies name fields', () => {
    expect(fieldPath('/algorithms/trackers/0/phrases')).toBe('algorithms.trackers[0].phrases');
    expect(fieldPath('', 'llm')).toBe('llm');
    expect(fieldPath('/a~1b/c~0d')).toBe('a/b.c~d');
  });
});

describe('workspace config settings', () => {
  it('patches a section as JSON Merge Patch: fields replace, null returns to the default, objects merge', () => {
    const settings = { algorithms: { enabled: ['talk_ratio'], redaction: { enabled: true, entities: ['phone'] } } };
    expect(patchSettings(settings, 'algorithms', { enabled: null, redaction: { entities: ['email'] } })).toEqual({
      algorithms: { redaction: { enabled: true, entities: ['email'] } },
    });
  });

  it('replaces the whole configuration but keeps secrets it does not mention', () => {
    const current = {
      webhooks: { url: 'https://a.example/hook', secret: 'whsec_old' },
      llm: { base_url: 'https://llm.example/v1', api_key: 'sk-1' },
      processing: { short_call_max_seconds: 60 },
    };
    expect(replaceSettings(current, { llm: { model: 'm', api_key: null } })).toEqual({
      webhooks: { secret: 'whsec_old' },
      llm: { model: 'm' },
    });
  });

  it('tells which sections changed', () => {
    expect(changedSections({ llm: { model: 'a' } }, { llm: { model: 'b' }, ingestion: {} })).toEqual(['llm']);
    expect(
      changedSections({ llm: { model: 'a', timeout_ms: 5000 } }, { llm: { timeout_ms: 5000, model: 'a' } }),
    ).toEqual([]);
  });

  it('reads an earlier version with the latest secrets', () => {
    const earlier = { webhooks: { url: 'https://a.example/hook', secret: 'whsec_old' }, llm: { api_key: 'sk-old' } };
    const latest = { webhooks: { secret: 'whsec_new' } };
    expect(withLatestSecrets(earlier, latest)).toEqual({
      webhooks: { url: 'https://a.example/hook', secret: 'whsec_new' },
      llm: {},
    });
  });

  it('never shows a secret, only whether it is set', () => {
    expect(sectionView('llm', { model: 'm', api_key: 'sk-1' })).toEqual({ model: 'm', has_api_key: true });
    expect(sectionView('webhooks', { url: null, secret: null })).toEqual({ url: null, has_secret: false });
    expect(sectionView('processing', { short_call_max_seconds: 5 })).toEqual({ short_call_max_seconds: 5 });
  });
});
