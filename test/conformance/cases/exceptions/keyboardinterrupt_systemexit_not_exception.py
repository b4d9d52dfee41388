for exc in [SystemExit(2), KeyboardInterrupt(), GeneratorExit()]:
    try:
        try:
            raise exc
        except Exception:
            print("caught by Exception (wrong)")
    except BaseException as e:
        print("caught by BaseException:", type(e).__name__, e.args)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("code:", e.code)
print("still running")
