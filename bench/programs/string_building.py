# String building: += concatenation, str.join of generated pieces, f-strings with format specs,
# %-formatting and str.format, and str methods (upper, replace, find, split, startswith, zfill,
# center, count). The checksum is computed from lengths and character codes (no hash()).


def report_line(i, value):
    return f"{i:>6}|{value:08.3f}|{value:>12,.2f}|{i:x}|{i % 7!r}"


def csv_row(i):
    return ",".join([str(i), str(i * 3), "item%d" % i, "{}-{}".format(i % 10, i % 13)])


def checksum(text):
    total = 0
    for ch in text[::97]:
        total = (total * 31 + ord(ch)) % 1000000007
    return total


def main():
    total = 0
    out = ""
    for i in range(420000):
        out += str(i % 10)
        if len(out) > 500:
            total += out.count("7") + len(out.upper())
            out = ""
    lines = [report_line(i, i * 1.25) for i in range(220000)]
    report = "\n".join(lines)
    total += len(report) + checksum(report)
    rows = [csv_row(i) for i in range(220000)]
    for row in rows:
        fields = row.split(",")
        if fields[2].startswith("item1"):
            total += len(fields[3])
        total += row.find("-")
    document = "\n".join(rows)
    document = document.replace("item", "ITEM").replace(",", ";")
    total += document.count("ITEM") + checksum(document)
    padded = [str(i).zfill(7).center(11, "*") for i in range(220000)]
    total += sum(len(p) for p in padded) + checksum("".join(padded))
    words = "the quick brown fox jumps over the lazy dog".split()
    sentences = []
    for i in range(220000):
        w = words[i % len(words)]
        sentences.append(f"{w.title()} {w[::-1]} {w.upper()[:2]}{len(w)}")
    text = " ".join(sentences)
    total += len(text.split()) + checksum(text)
    print(total, report[:40].replace("\n", "/"), document[-20:])


main()
