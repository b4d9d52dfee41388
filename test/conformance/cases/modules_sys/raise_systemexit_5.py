def shutdown():
    print("shutting down")
    raise SystemExit(5)
shutdown()
print("not reached")
