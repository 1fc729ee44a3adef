# Several threads set attributes of instances of one class in different orders (growing the
# class's shared shape at the same time) and of one shared instance; every attribute set must
# be there afterwards, with its value.
import threading


class Record:
    pass


shared = Record()
made = [[] for _ in range(4)]


def work(n):
    names = ["a%d" % ((i * (n + 1)) % 12) for i in range(12)]
    for round_ in range(300):
        r = Record()
        for name in names:
            setattr(r, name, round_)
        made[n].append(r)
        setattr(shared, "t%d_%d" % (n, round_ % 10), round_)


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in range(4):
    ok = all(sorted(vars(r)) == sorted(set("a%d" % ((i * (n + 1)) % 12) for i in range(12))) for r in made[n])
    values = all(getattr(r, "a0") == i for i, r in enumerate(made[n]))
    print(n, len(made[n]), ok, values)
print(sorted(vars(shared).items())[:3], len(vars(shared)))
