// Registers the native methods of every builtin type (called once by index.ts after the
// types exist). Each file registers its own with defMethod from objects/typeinit.ts.
import { initStrMethods } from "./str";
import { initBytesMethods } from "./bytes";
import { initListMethods } from "./list";
import { initDictMethods } from "./dict";
import { initSetMethods } from "./set";
import { initTupleMethods } from "./tuple";
import { initNumberMethods } from "./number";
import { initCoreMethods } from "./core";
import { initBuiltinFunctions } from "../builtinfuncs";

export function initMethods(): void {
  initCoreMethods();
  initStrMethods();
  initBytesMethods();
  initListMethods();
  initDictMethods();
  initSetMethods();
  initTupleMethods();
  initNumberMethods();
  initBuiltinFunctions();
}
