def main():
    print("main called, __name__ is", __name__)
    return 0
if __name__ == "__main__":
    result = main()
    print("result", result)
else:
    print("imported, not run")
