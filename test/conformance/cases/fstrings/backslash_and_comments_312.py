words = ["a", "b", "c"]
print(f"{'\n'.join(words)}")
print(f"{'\t'.join(words)!r}")
print(f"{words[0]  # comment ends at newline
}")
print(f"{
    ' '.join(
        words
    )
}")
