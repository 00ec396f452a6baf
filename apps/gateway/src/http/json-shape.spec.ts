import { jsonShapeProblem } from './json-shape';

const shape = (text: string) => jsonShapeProblem(Buffer.from(text), { maxDepth: 3, maxValues: 6, maxArrayLength: 3 });

describe('jsonShapeProblem', () => {
  it.each([
    ['a flat object', '{"a":1,"b":[1,2,3]}'],
    ['depth at the limit', '{"a":{"b":[1]}}'],
    ['empty containers', '{"a":[],"b":{},"c":[[]]}'],
    ['structure inside strings', '{"a":"[[[[{,:,:,:,:,:,:,:}", "b":"\\\\", "c":"\\"[[[["}'],
  ])('passes %s', (_label, text) => expect(shape(text)).toBeNull());

  it.each([
    ['one level too deep', '{"a":{"b":[[1]]}}', 'nests deeper than 3 levels'],
    ['an array one too long', '[1,2,3,4]', 'has an array of more than 3 elements'],
    ['one value too many', '{"a":1,"b":2,"c":3,"d":[1,2,3]}', 'holds more than 6 keys and array elements'],
    ['a string that ends at an escaped backslash', '{"a":"\\\\",[[[[1]]]]}', 'nests deeper than 3 levels'],
  ])('refuses %s', (_label, text, problem) => expect(shape(text)).toBe(problem));
});
