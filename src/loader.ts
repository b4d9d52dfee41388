// Obtaining the compiled module in any JavaScript runtime: from bytes, a URL (browsers,
// Deno: compileStreaming when served as application/wasm), an already compiled
// WebAssembly.Module (Cloudflare workerd imports .wasm as a module), or by default the
// release build next to this package (Node reads it from disk).
// No Node-only imports at top level: node:fs is loaded only on the default Node path.

export type WasmSource = WebAssembly.Module | ArrayBuffer | Uint8Array | URL | string;

let defaultModule: Promise<WebAssembly.Module> | null = null;

async function compileFrom(source: WasmSource): Promise<WebAssembly.Module> {
  if (source instanceof WebAssembly.Module) return source;
  if (source instanceof ArrayBuffer) return WebAssembly.compile(source);
  if (source instanceof Uint8Array) return WebAssembly.compile(new Uint8Array(source));
  const url = source instanceof URL ? source : new URL(source, import.meta.url);
  if (url.protocol === "file:") {
    const fs = await import("node:fs/promises");
    return WebAssembly.compile(new Uint8Array(await fs.readFile(url)));
  }
  const response = await fetch(url);
  if (typeof WebAssembly.compileStreaming === "function" && response.headers.get("content-type") === "application/wasm") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The compiled module: the given source, or the package's build/release.wasm. */
export function loadModule(source?: WasmSource): Promise<WebAssembly.Module> {
  if (source !== undefined) return compileFrom(source);
  if (!defaultModule) defaultModule = compileFrom(new URL("../build/release.wasm", import.meta.url));
  return defaultModule;
}
