// Methods of the builtin list type(s), registered into their type dicts at start-up.
export function initListMethods(): void {}
