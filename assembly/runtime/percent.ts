// printf-style formatting: str % args and bytes % args.
import { Value } from "../objects/value";
import { PyStr } from "../objects/str";
import { PyBytes } from "../objects/bytes";
import { E } from "../objects/exceptions";
import { raise } from "./errors";

export function percentFormat(fmt: PyStr, args: Value): Value {
  return raise(E.NotImplementedError, "str % formatting is not implemented yet");
}

export function percentFormatBytes(fmt: PyBytes, args: Value): Value {
  return raise(E.NotImplementedError, "bytes % formatting is not implemented yet");
}
