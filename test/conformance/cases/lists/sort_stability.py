records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 3), ("gina", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_score_desc)
two_pass = sorted(records, key=lambda r: r[0], reverse=True)
two_pass.sort(key=lambda r: r[1])
print(two_pass)
data = [(i % 4, i) for i in range(40)]
data.sort(key=lambda p: p[0])
print(all(data[i][1] < data[i + 1][1] for i in range(len(data) - 1) if data[i][0] == data[i + 1][0]))
print([p[1] for p in data[:10]])
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == list(range(1000)))
