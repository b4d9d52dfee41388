// Python bytes and bytearray: a byte buffer. bytes never changes after construction;
// bytearray grows in place (length <= data.length).
import { Value, fromObj } from "./value";
import { T } from "./type";

export class PyBytes extends PyObject {
  data: StaticArray<u8>;
  length: i32;
  hash: i64 = -1;

  constructor(data: StaticArray<u8>, length: i32, mutable: bool) {
    super();
    this.cls = mutable ? T.bytearray : T.bytes;
    this.data = data;
    this.length = length;
  }

  // @ts-ignore: decorator
  @inline at(i: i32): u8 {
    return unchecked(this.data[i]);
  }

  // @ts-ignore: decorator
  @inline get ptr(): usize {
    return changetype<usize>(this.data);
  }
}

export function newBytes(b: Array<u8>): Value {
  const data = new StaticArray<u8>(b.length);
  for (let i = 0; i < b.length; i++) unchecked((data[i] = b[i]));
  return fromObj(new PyBytes(data, b.length, false));
}

export function bytesFromMemory(p: usize, n: i32, mutable: bool): PyBytes {
  const data = new StaticArray<u8>(n);
  memory.copy(changetype<usize>(data), p, <usize>n);
  return new PyBytes(data, n, mutable);
}
