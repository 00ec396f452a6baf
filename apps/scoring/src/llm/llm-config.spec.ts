import { apiBaseOf, llmConfigFrom, NO_LLM_ENDPOINT } from './llm-config';

describe('the llm config section', () => {
  it('fills the defaults and keeps the key', () => {
    expect(llmConfigFrom({ base_url: 'https://api.openai.com/v1', model: ' gpt-4o-mini ', api_key: 'sk-1' })).toEqual({
      config: {
        base_url: 'https://api.openai.com/v1',
        model: 'gpt-4o-mini',
        api_key: 'sk-1',
        max_concurrency: 4,
        timeout_ms: 30_000,
        structured_output: 'auto',
      },
    });
  });

  it('says there is no endpoint when the section is missing or empty', () => {
    expect(llmConfigFrom(undefined)).toEqual({ unavailable: NO_LLM_ENDPOINT });
    expect(llmConfigFrom({ api_key: 'sk-1' })).toEqual({ unavailable: NO_LLM_ENDPOINT });
  });

  it('names every value it cannot use', () => {
    const result = llmConfigFrom({
      base_url: 'ftp://llm.internal',
      model: '',
      max_concurrency: 40,
      timeout_ms: -1,
      structured_output: 'xml',
    });
    expect(result).toEqual({
      unavailable:
        "the workspace's llm config cannot be used: base_url is not an http(s) URL; model is not set; " +
        'max_concurrency is not an integer from 1 to 16; timeout_ms is not an integer from 1 to 600000; ' +
        'structured_output is not one of auto, json_schema, json_object, none',
    });
    expect(llmConfigFrom({ base_url: 'https://user:pw@llm.example.com', model: 'm' })).toEqual({
      unavailable: "the workspace's llm config cannot be used: base_url carries credentials (put the key in api_key)",
    });
  });

  it('adds /v1 to a bare server root and keeps any other path', () => {
    expect(apiBaseOf('http://vllm:8000')).toBe('http://vllm:8000/v1');
    expect(apiBaseOf('http://vllm:8000/')).toBe('http://vllm:8000/v1');
    expect(apiBaseOf('https://api.groq.com/openai/v1/')).toBe('https://api.groq.com/openai/v1');
    expect(apiBaseOf('https://generativelanguage.googleapis.com/v1beta/openai')).toBe(
      'https://generativelanguage.googleapis.com/v1beta/openai',
    );
  });
});
