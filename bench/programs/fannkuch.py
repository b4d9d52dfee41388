# Fannkuch-redux: walk all permutations of 1..n in a fixed order, count prefix
# reversals ("pancake flips") for each; list indexing, copying and tuple swaps.
N = 6  # bench:scale -- how many times fannkuch(8) runs


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        first = perm[0]
        while first:
            lo = 0
            hi = first
            while lo < hi:
                perm[lo], perm[hi] = perm[hi], perm[lo]
                lo += 1
                hi -= 1
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips * sign
        # Next permutation in the counting order used by the original benchmark.
        sign = -sign
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


total = 0
for _ in range(N):
    checksum, max_flips = fannkuch(8)
    total += checksum
print("fannkuch", total, max_flips)
