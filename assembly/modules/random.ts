// The random module.
import { Value, NULL } from "../objects/value";

// The module object, created on first import (NULL while not implemented).
export function randomModule(): Value {
  return NULL;
}
