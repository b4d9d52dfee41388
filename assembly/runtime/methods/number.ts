// Methods of the builtin number type(s), registered into their type dicts at start-up.
export function initNumberMethods(): void {}
