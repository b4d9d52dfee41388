// Builtin functions beyond the core set in builtins.ts (registered into the builtins module).
export function initBuiltinFunctions(): void {}
