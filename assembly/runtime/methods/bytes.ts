// Methods of the builtin bytes type(s), registered into their type dicts at start-up.
export function initBytesMethods(): void {}
