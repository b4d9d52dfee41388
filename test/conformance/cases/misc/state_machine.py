TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
def run(events):
    state = "idle"
    trace = [state]
    for ev in events:
        match (state, ev):
            case ("running", "crash"):
                trace.append("CRASHED")
                break
            case key if key in TRANSITIONS:
                state = TRANSITIONS[key]
            case _:
                trace.append(f"ignored {ev}@{state}")
                continue
        trace.append(state)
    return trace
print(run(["start", "pause", "resume", "stop"]))
print(run(["pause", "start", "start", "crash", "stop"]))
