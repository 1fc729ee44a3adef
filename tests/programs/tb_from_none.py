# raise ... from None hides the context in the report.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None


print(lookup({1: "one"}, 1))
lookup({1: "one"}, 2)
