x = 7
print(f"a{x}" "b" f"{x}c")
print(rf"\n{x}\t", fr"{x}\d", Rf"{x}\\", fR"{x}")
print(f"\t{x}\n", end="|\n")
print(f"{x}" + f"{x}")
path = "dir"
print(rf"C:\{path}\file")
print(f"{'\\n'}", len(f"{'\\n'}"))
