data = bytes(range(10))
print([b * 2 for b in data])
print(bytes(b ^ 0xFF for b in b"\x00\x0f\xf0"))
print(sum(data), any(data), all(data), data.count(0))
out = bytearray()
for i in range(5):
    out += bytes([i * 10])
print(out, bytes(out))
checksum = 0
for b in b"The quick brown fox":
    checksum = (checksum * 31 + b) & 0xFFFFFFFF
print(checksum)
