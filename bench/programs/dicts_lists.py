# Dict and list heavy: count words of a generated text with dicts, group them,
# invert the counts, sort with keys, and filter with list/dict/set comprehensions.
N = 120000  # bench:scale -- words in the generated text

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "to", "sa", "vi", "de", "po", "gu", "an"]


def generate(count):
    seed = 42
    words = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        parts = 1 + (seed >> 8) % 3
        word = ""
        s = seed
        for _ in range(parts):
            word += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        words.append(word)
    return words


def analyse(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    by_initial = {}
    for w in counts:
        by_initial.setdefault(w[0], []).append(w)
    by_count = {}
    for w, c in counts.items():
        if c in by_count:
            by_count[c].append(w)
        else:
            by_count[c] = [w]
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    lengths = sorted([len(w) for w in words])
    median = lengths[len(lengths) // 2]
    long_words = {w: c for w, c in counts.items() if len(w) >= 6 and c > 2}
    initials = sorted(set([w[0] for w in words]))
    groups = sorted([(k, len(v)) for k, v in by_initial.items()])
    numbers = [(i * 7919) % 10007 for i in range(len(words))]
    pairs = sorted(zip(numbers, words))
    numbers.sort()
    top = " ".join(["%s=%d" % (w, c) for w, c in ranked[:5]])
    return (len(counts), top, median, len(long_words), "".join(initials), groups[0],
            max(by_count), numbers[len(numbers) // 3], pairs[0][1], sum(c for c in counts.values()))


print("dicts_lists", *analyse(generate(N)))
