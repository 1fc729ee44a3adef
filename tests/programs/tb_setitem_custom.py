# An error raised from __setitem__ through an augmented assignment on a subscript.
class Limited(dict):
    def __setitem__(self, key, value):
        if value > 10:
            raise OverflowError(f"{key!r} would become {value}")
        super().__setitem__(key, value)


counts = Limited(a=8)
counts["a"] += 2
print(counts)
counts["a"] += 5
