// The math module.
import { Value, NULL } from "../objects/value";

// The module object, created on first import (NULL while not implemented).
export function mathModule(): Value {
  return NULL;
}
