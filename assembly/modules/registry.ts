// Native modules by name: created on first import and cached in sys.modules by the caller.
import { Value, NULL, fromObj } from "../objects/value";
import { sysModule } from "./sys";
import { mathModule } from "./math";
import { timeModule } from "./time";
import { randomModule } from "./random";

export function findNativeModule(name: string): Value {
  if (name == "sys") return fromObj(sysModule());
  if (name == "math") return mathModule();
  if (name == "time") return timeModule();
  if (name == "random") return randomModule();
  return NULL;
}
