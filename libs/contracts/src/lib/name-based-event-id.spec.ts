import { nameBasedEventId } from './name-based-event-id';

const NAMESPACE = '6f1c2a4e-8b7d-4f0a-9c3e-5b2d7a1f0c9e';

describe('name-based event ids', () => {
  it('are RFC 4122 version 5 UUIDs, the same for the same name', () => {
    const id = nameBasedEventId(NAMESPACE, '2026-W48-veteran-wang');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedEventId(NAMESPACE, '2026-W48-veteran-wang')).toBe(id);
  });

  it('agree with the standard: the DNS namespace example of RFC 9562', () => {
    expect(nameBasedEventId('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('differ by name and by namespace', () => {
    const id = nameBasedEventId(NAMESPACE, 'a');
    expect(nameBasedEventId(NAMESPACE, 'b')).not.toBe(id);
    expect(nameBasedEventId('0b5e3c1a-2d4f-4e6a-8c9b-1a2b3c4d5e6f', 'a')).not.toBe(id);
  });

  it('refuse a namespace that is not a UUID', () => {
    expect(() => nameBasedEventId('not-a-uuid', 'a')).toThrow('not a UUID');
  });
});
