// Child process that hosts one JavaScript/WebAssembly engine for bench/run.mjs.
//
// Protocol over the IPC channel, strictly one request at a time:
//   parent → {type: "init", engine}          child → {type: "ready", version}
//                                                   | {type: "unavailable", reason}
//   parent → {type: "run", name, file, source, repeat}
//                                            child → {type: "result", times, stdouts, error}
// The engine is loaded once; every repetition gets fresh globals (or a fresh interpreter)
// from the adapter, and an untimed `settle()` (a GC pass) precedes it. Living in its own
// process, a hung or crashed engine can be killed without losing the rest of the run.
import { engineByName } from "./engines.mjs";

let adapter = null;

function send(message) {
  process.send(message);
}

async function init(name) {
  const engine = engineByName(name);
  if (!engine || engine.kind !== "js") {
    send({ type: "unavailable", reason: `no JS engine named ${name}` });
    return;
  }
  try {
    adapter = await engine.load();
    send({ type: "ready", version: adapter.version });
  } catch (e) {
    send({ type: "unavailable", reason: String(e && e.message ? e.message : e) });
  }
}

async function run(request) {
  const times = [];
  const stdouts = [];
  let error = null;
  for (let i = 0; i < request.repeat; i++) {
    let result;
    try {
      await adapter.settle();
      result = await adapter.run(request.source, request.file);
    } catch (e) {
      result = { stdout: "", error: `engine adapter threw: ${e && e.stack ? e.stack : e}` };
    }
    stdouts.push(result.stdout);
    if (result.error) {
      error = result.error;
      break;
    }
    times.push(result.ms);
  }
  send({ type: "result", times, stdouts, error });
}

let queue = Promise.resolve();
process.on("message", (message) => {
  queue = queue.then(() => (message.type === "init" ? init(message.engine) : run(message)));
});
process.on("disconnect", () => process.exit(0));
