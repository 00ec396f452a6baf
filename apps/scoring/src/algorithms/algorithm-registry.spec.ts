import type { Algorithm } from './algorithm';
import { AlgorithmRegistry, checkCatalog, dependencyOrder } from './algorithm-registry';
import { SchemaChecker } from './json-schema';

const definition = (id: string, dependsOn: string[] = [], fields: Partial<Algorithm> = {}): Algorithm => ({
  id,
  version: 1,
  name: id,
  description: id,
  kind: 'rule',
  enabledByDefault: true,
  dependsOn,
  variablesSchema: { type: 'object', properties: {}, additionalProperties: false },
  outputSchema: { type: 'object' },
  run: () => Promise.resolve({}),
  ...fields,
});

describe('the algorithm registry', () => {
  it('finds every algorithm folder, each with valid schemas and defaults', () => {
    const registry = new AlgorithmRegistry();
    expect(registry.all().map((algorithm) => algorithm.id)).toContain('talk_ratio');
    expect(registry.defaults().every((algorithm) => algorithm.enabledByDefault)).toBe(true);
    expect(registry.find('no_such_thing')).toBeUndefined();
  });

  it('refuses a catalog that cannot be planned', () => {
    const schemas = new SchemaChecker();
    expect(() => checkCatalog([definition('a'), definition('a')], schemas)).toThrow('two algorithms are named a');
    expect(() => checkCatalog([definition('a', ['b'])], schemas)).toThrow('a depends on unknown b');
    expect(() => checkCatalog([definition('a', ['b']), definition('b', ['a'])], schemas)).toThrow('circular');
    expect(() => checkCatalog([definition('Bad-Id')], schemas)).toThrow('snake_case');
    expect(() => checkCatalog([definition('a', [], { version: 0 })], schemas)).toThrow('positive integer version');
    expect(() =>
      checkCatalog(
        [definition('a', [], { outputSchema: { type: 'object', properties: { x: { type: 'nope' } } } })],
        schemas,
      ),
    ).toThrow();
    expect(() =>
      checkCatalog(
        [
          definition('a', [], {
            variablesSchema: { type: 'object', required: ['x'], properties: { x: { type: 'string' } } },
          }),
        ],
        schemas,
      ),
    ).toThrow("a's variables have no valid defaults");
  });

  it('orders algorithms after what they depend on', () => {
    const order = dependencyOrder([
      definition('outcome', ['emergency', 'appointment']),
      definition('appointment'),
      definition('emergency'),
    ]);
    expect(order.map((algorithm) => algorithm.id)).toEqual(['appointment', 'emergency', 'outcome']);
  });
});
