import sys
for i in range(3):
    print("line", i)
sys.stdout.flush()
raise SystemExit(0)
