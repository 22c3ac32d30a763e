import { isQuiet, quietUntil } from './quiet-hours';

/** A Shanghai wall-clock time as an instant. */
const shanghai = (text: string) => new Date(`${text}+08:00`);

describe('quiet hours (Asia/Shanghai)', () => {
  const overnight = { start: '22:00', end: '07:00' };
  const lunch = { start: '12:00', end: '13:30' };

  it('holds a message sent at night until the window ends the next morning', () => {
    expect(quietUntil(overnight, shanghai('2026-03-02T23:15:00'))).toEqual(shanghai('2026-03-03T07:00:00'));
  });

  it('holds a message sent after midnight until 07:00 the same day', () => {
    expect(quietUntil(overnight, shanghai('2026-03-03T06:59:58'))).toEqual(shanghai('2026-03-03T07:00:00'));
  });

  it('lets a message through from the minute the window ends, and before it starts', () => {
    expect(quietUntil(overnight, shanghai('2026-03-03T07:00:00'))).toBeNull();
    expect(quietUntil(overnight, shanghai('2026-03-03T21:59:59'))).toBeNull();
    expect(isQuiet(overnight, shanghai('2026-03-03T22:00:00'))).toBe(true);
  });

  it('handles a window inside one day', () => {
    expect(quietUntil(lunch, shanghai('2026-03-03T12:45:00'))).toEqual(shanghai('2026-03-03T13:30:00'));
    expect(quietUntil(lunch, shanghai('2026-03-03T13:30:00'))).toBeNull();
    expect(quietUntil(lunch, shanghai('2026-03-03T11:59:00'))).toBeNull();
  });

  it('works from the UTC instant whatever the server time zone (23:30 UTC is 07:30 in Shanghai)', () => {
    expect(isQuiet(overnight, new Date('2026-03-02T23:30:00Z'))).toBe(false);
    expect(isQuiet(overnight, new Date('2026-03-02T22:30:00Z'))).toBe(true); // 06:30
    expect(isQuiet(overnight, new Date('2026-03-02T13:30:00Z'))).toBe(false); // 21:30
    expect(isQuiet(overnight, new Date('2026-03-02T14:30:00Z'))).toBe(true); // 22:30
  });

  it('has no window when there are no quiet hours or start equals end', () => {
    expect(quietUntil(null, shanghai('2026-03-03T03:00:00'))).toBeNull();
    expect(isQuiet({ start: '08:00', end: '08:00' }, shanghai('2026-03-03T08:00:00'))).toBe(false);
  });
});
