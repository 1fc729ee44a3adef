# Spectral norm of the infinite matrix A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by the
# power method on A^T A: nested loops over float lists with a function call per matrix entry.


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(vec, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * vec[j]
        out.append(total)
    return out


def times_transposed(vec, n):
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * vec[j]
        out.append(total)
    return out


def ata_times(vec, n):
    return times_transposed(times(vec, n), n)


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = ata_times(u, n)
        u = ata_times(v, n)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return (vbv / vv) ** 0.5


def main():
    print(f"{spectral_norm(340, 10):.9f}")


main()
