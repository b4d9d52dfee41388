// Methods of the builtin set type(s), registered into their type dicts at start-up.
export function initSetMethods(): void {}
