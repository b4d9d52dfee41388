for v in [0, 1, 2, 3, 255, 256, -1, -255, -256, 2**47, 2**48, 2**100 - 1, -(2**100)]:
    print(v, v.bit_length(), v.bit_count())
print((37).bit_length(), (-37).bit_count())
print(int.bit_length(1024))
