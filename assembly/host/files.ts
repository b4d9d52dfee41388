// Files the host provides, read whole as UTF-8 text.
import { hostReadFile, hostReadFileData } from "./imports";

export function readHostFile(path: string): string | null {
  const p = String.UTF8.encode(path);
  const n = hostReadFile(changetype<usize>(p), p.byteLength);
  if (n < 0) return null;
  const buf = new ArrayBuffer(n);
  hostReadFileData(changetype<usize>(buf));
  return String.UTF8.decode(buf);
}

export function readHostBytes(path: string): ArrayBuffer | null {
  const p = String.UTF8.encode(path);
  const n = hostReadFile(changetype<usize>(p), p.byteLength);
  if (n < 0) return null;
  const buf = new ArrayBuffer(n);
  hostReadFileData(changetype<usize>(buf));
  return buf;
}
