def cleanup():
    raise OSError("cleanup failed")
try:
    print("working")
    raise ValueError("primary failure")
except ValueError:
    cleanup()
