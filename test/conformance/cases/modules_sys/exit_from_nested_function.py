import sys
def validate(x):
    if x < 0:
        print("invalid, exiting with 2")
        sys.exit(2)
    return x
def main():
    for v in [1, 5, -1, 10]:
        print("ok", validate(v))
main()
