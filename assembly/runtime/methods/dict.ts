// Methods of the builtin dict type(s), registered into their type dicts at start-up.
export function initDictMethods(): void {}
