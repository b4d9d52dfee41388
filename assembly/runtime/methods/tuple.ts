// Methods of the builtin tuple type(s), registered into their type dicts at start-up.
export function initTupleMethods(): void {}
