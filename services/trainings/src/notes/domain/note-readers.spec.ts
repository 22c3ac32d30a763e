import { readableNotes } from './note-readers';

describe('who reads which notes about a veteran', () => {
  it('lets an officer read every note', () => {
    expect(readableNotes({ userId: 'officer-1', role: 'officer' })).toEqual({});
  });

  it("keeps a mentor to the notes they wrote, never another mentor's", () => {
    expect(readableNotes({ userId: 'mentor-1', role: 'mentor' })).toEqual({ authorId: 'mentor-1' });
  });
});
