print("SystemExit with a string")
raise SystemExit("bye")
