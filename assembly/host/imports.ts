// Every function the wasm module imports from the host, in one place (module "sidewinder").
// The host binding (src/ffi.ts) implements them; each one catches its own JS exceptions.

// Write UTF-8 bytes [ptr, ptr+len) to stream 1 (stdout) or 2 (stderr).
// @ts-ignore: decorator
@external("sidewinder", "write")
export declare function hostWrite(stream: i32, ptr: usize, len: i32): void;

// Called at budget safe points; non-zero asks the program to stop (KeyboardInterrupt).
// @ts-ignore: decorator
@external("sidewinder", "poll")
export declare function hostPoll(): i32;

// A file the host provides (module sources, open() for reading): returns its size in bytes
// and keeps the bytes for read_file_data, or -1 when there is no such file.
// @ts-ignore: decorator
@external("sidewinder", "read_file")
export declare function hostReadFile(pathPtr: usize, pathLen: i32): i32;

// Copy the bytes of the file found by the last read_file call to dst.
// @ts-ignore: decorator
@external("sidewinder", "read_file_data")
export declare function hostReadFileData(dst: usize): void;

// Milliseconds since the epoch, and a monotonic clock in milliseconds (time module).
// @ts-ignore: decorator
@external("sidewinder", "time_now")
export declare function hostTimeNow(): f64;

// @ts-ignore: decorator
@external("sidewinder", "time_monotonic")
export declare function hostTimeMonotonic(): f64;
