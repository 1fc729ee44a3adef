# Uncaught error raised inside a generator consumed by a for loop.
def parse(lines):
    for line in lines:
        key, value = line.split("=")
        yield key, int(value)


config = {}
for k, v in parse(["a=1", "b=2", "c=three"]):
    config[k] = v
    print(k, v)
