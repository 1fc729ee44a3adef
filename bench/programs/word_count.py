# Word counting: a deterministic text made of words with mixed case and punctuation, split into
# lines and words, normalized with strip/lower, counted with dict.get and dict.setdefault, then
# ranked by count with sorted().

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "to", "vu", "qe", "dor", "an", "bel", "ith", "ox", "pra"]
PUNCTUATION = ["", "", "", "", ",", ".", ";", "!", "?", ":"]


def make_vocabulary(size):
    words = []
    x = 1
    for _ in range(size):
        x = (x * 69069 + 1) % 4294967296
        parts = 1 + x % 3
        word = ""
        y = x
        for _ in range(parts):
            word += SYLLABLES[y % len(SYLLABLES)]
            y //= len(SYLLABLES)
        words.append(word)
    return words


def make_text(vocabulary, lines, per_line):
    x = 12345
    out = []
    for _ in range(lines):
        line = []
        for _ in range(per_line):
            x = (x * 1103515245 + 12345) % 2147483648
            # Skewed choice: low indexes are much more frequent.
            index = (x >> 8) % len(vocabulary)
            index = index * index // len(vocabulary)
            word = vocabulary[index]
            if x & 16:
                word = word.capitalize()
            elif x & 32 and x & 64:
                word = word.upper()
            line.append(word + PUNCTUATION[(x >> 4) % len(PUNCTUATION)])
        out.append(" ".join(line))
    return "\n".join(out)


def count_with_get(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(",.;!?:").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def positions_with_setdefault(text):
    where = {}
    for number, line in enumerate(text.split("\n")):
        for word in line.lower().split():
            where.setdefault(word.rstrip(",.;!?:"), []).append(number)
    return where


def main():
    vocabulary = make_vocabulary(800)
    text = make_text(vocabulary, 12000, 12)
    counts = count_with_get(text)
    where = positions_with_setdefault(text)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    assert all(len(where[word]) == n for word, n in counts.items())
    for _ in range(24):
        counts = count_with_get(text)
    spread = sum(max(lines) - min(lines) for lines in where.values())
    print(len(text), len(counts), spread)
    print(" ".join(f"{word}={n}" for word, n in ranked[:8]))


main()
