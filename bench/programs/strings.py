# String building: += concatenation, str.join, %-formatting, str.format, f-strings,
# slicing, searching, splitting and case changes, then a checksum over the text.
N = 80000  # bench:scale -- records built

WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa"]


def build(count):
    records = []
    chunk = ""
    chunks = 0
    for i in range(count):
        word = WORDS[i % len(WORDS)]
        other = WORDS[(i * 7 + 3) % len(WORDS)]
        chunk += word[:3] + str(i % 97)
        if len(chunk) > 120:
            chunks += len(chunk)
            chunk = ""
        a = "%s:%d:%s" % (word, i, other.upper())
        b = "{}-{}-{}".format(other, i * 3, word[1:4])
        c = f"{word}/{i:06d}/{len(other)}"
        records.append(a[1:] + "|" + b[:-1] + "|" + c)
    return records, chunks + len(chunk)


def digest(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def main(count):
    records, chunked = build(count)
    text = "\n".join(records)
    lines = text.split("\n")
    hits = 0
    for line in lines:
        if line.find("ECHO") >= 0:
            hits += 1
        if line.startswith("lpha"):
            hits += 2
    fields = [line.split("|")[1] for line in lines]
    shout = " ".join(fields[:200]).upper().replace("-", "_")
    pieces = []
    for i in range(0, len(lines), 7):
        line = lines[i]
        pieces.append(line[i % 5:i % 5 + 12].strip() + line[-4:])
    sample = "".join(pieces)
    return len(text), chunked, hits, len(shout), digest(sample), digest(shout)


print("strings", *main(N))
