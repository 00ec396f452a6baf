import { parseJsonObject, refusesResponseFormat, strictCompatible } from './structured-output';

describe('structured output', () => {
  it('finds the JSON object in an answer with fences or words around it', () => {
    expect(parseJsonObject('{"a":1}')).toEqual({ value: { a: 1 } });
    expect(parseJsonObject('Here it is:\n```json\n{"a": 1}\n```\nAnything else?')).toEqual({ value: { a: 1 } });
    expect(parseJsonObject('The answer is {"a": {"b": 2}} as requested.')).toEqual({ value: { a: { b: 2 } } });
    expect(parseJsonObject('[1, 2]')).toEqual({ problem: 'it is JSON but not an object' });
    expect(parseJsonObject('')).toEqual({ problem: 'it is empty' });
    expect(parseJsonObject('{"a": tru')).toEqual({
      problem: expect.stringMatching(/^it is not valid JSON \(/) as string,
    });
  });

  it('asks strictly only for schemas where every object requires all its properties and forbids others', () => {
    const strict = {
      type: 'object',
      additionalProperties: false,
      required: ['a', 'b'],
      properties: {
        a: { type: 'string' },
        b: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['c'], properties: { c: {} } },
        },
      },
    };
    expect(strictCompatible(strict)).toBe(true);
    expect(strictCompatible({ ...strict, required: ['a'] })).toBe(false);
    expect(strictCompatible({ type: 'object' })).toBe(false);
    const loose = structuredClone(strict);
    delete (loose.properties.b.items as Record<string, unknown>).additionalProperties;
    expect(strictCompatible(loose)).toBe(false);
  });

  it('takes a 400 or 422 that names the format as a refusal of the format, and no other error', () => {
    expect(refusesResponseFormat(400, "400 response_format type 'json_schema' is not supported")).toBe(true);
    expect(refusesResponseFormat(422, 'Unsupported json_object mode')).toBe(true);
    expect(refusesResponseFormat(400, 'The model `x` does not exist')).toBe(false);
    expect(refusesResponseFormat(500, 'response_format broke the server')).toBe(false);
  });
});
