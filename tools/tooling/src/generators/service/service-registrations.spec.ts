import { nextFreePort, withServicePort, withServiceScope } from './service-registrations';

describe('listing a new service', () => {
  it('keeps SERVICE_SCOPES on one line while it fits, and wraps it as prettier would when it does not', () => {
    expect(withServiceScope("const SERVICE_SCOPES = ['a', 'b'];\nrest", 'c')).toBe(
      "const SERVICE_SCOPES = ['a', 'b', 'c'];\nrest",
    );
    const long = Array.from({ length: 12 }, (_, index) => `'service-${index}'`).join(', ');
    expect(withServiceScope(`const SERVICE_SCOPES = [${long}];`, 'mentors')).toMatch(
      /^const SERVICE_SCOPES = \[\n {2}'service-0',\n( {2}'service-\d+',\n)+ {2}'mentors',\n\];$/,
    );
  });

  it('reads a wrapped SERVICE_SCOPES back', () => {
    expect(withServiceScope("const SERVICE_SCOPES = [\n  'a',\n  'b',\n];", 'c')).toBe(
      "const SERVICE_SCOPES = ['a', 'b', 'c'];",
    );
  });

  it('refuses a config without SERVICE_SCOPES, or one that lists the scope already', () => {
    expect(() => withServiceScope('export default [];', 'c')).toThrow('no `const SERVICE_SCOPES');
    expect(() => withServiceScope("const SERVICE_SCOPES = ['c'];", 'c')).toThrow('already in SERVICE_SCOPES');
  });

  it('lists the first service of a file that has only its header', () => {
    expect(withServicePort('# service\tport\n', 'mentors', 3101)).toBe('# service\tport\nmentors\t3101\n');
    expect(nextFreePort('# service\tport\n')).toBe(3101);
  });
});
