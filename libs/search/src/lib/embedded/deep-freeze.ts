/**
 * Freezes a stored document and everything inside it, so that searches can hand out the stored
 * document itself (a copy per hit was most of a search's cost) without a caller being able to
 * change the index through it: a write to a frozen object throws in strict-mode code.
 */
export function deepFreeze<Value>(value: Value): Value {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
