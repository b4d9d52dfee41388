// Methods of the builtin str type(s), registered into their type dicts at start-up.
export function initStrMethods(): void {}
