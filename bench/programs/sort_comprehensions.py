# Sorting and comprehensions: records built with list comprehensions, sorted with key functions
# (lambdas and tuples), reverse=True, list.sort in place, then dict and set comprehensions, nested
# comprehensions with conditions.


def make_records(n, seed):
    x = seed
    records = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        records.append((i, x % 1000, (x >> 10) % 50, "n" + str(x % 997)))
    return records


def main():
    records = make_records(20000, 2024)
    checksum = 0
    for round_ in range(20):
        by_value = sorted(records, key=lambda r: r[1])
        by_group_desc = sorted(records, key=lambda r: (r[2], r[1]), reverse=True)
        names = [r[3] for r in records if r[1] % 2 == round_ % 2]
        names.sort()
        names.sort(key=len, reverse=True)
        squares = [v * v for _, v, _, _ in by_value[:5000]]
        groups = {g: [r[0] for r in records if r[2] == g][:3] for g in range(0, 50, 5)}
        distinct = {r[1] % 97 for r in records}
        totals = {}
        for _, v, g, _ in records:
            totals[g] = totals.get(g, 0) + v
        heavy = sorted((t for t in totals.items() if t[1] > 190000), key=lambda kv: kv[1], reverse=True)
        grid = [[i * j for j in range(40) if (i + j) % 3] for i in range(40)]
        inverted = {v: k for k, v in totals.items()}
        checksum += (
            by_value[0][0]
            + by_group_desc[0][0]
            + by_group_desc[-1][0]
            + len(names)
            + len(names[0])
            + sum(squares) % 1000003
            + sum(sum(ids) for ids in groups.values())
            + len(distinct)
            + len(heavy)
            + sum(map(sum, grid))
            + len(inverted)
        )
        records.sort(key=lambda r: r[3])
        records = [(i, v, g, name) for i, (_, v, g, name) in enumerate(records)]
    print(checksum, records[0], records[-1])


main()
