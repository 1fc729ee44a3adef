# A dict view that reaches itself through its dict shows as `...` inside its own repr, and
# recursive containers show `[...]`, `{...}` and `(...)` as CPython's guard makes them.
d = {}
d[42] = d.values()
print(repr(d))
d[42] = d.items()
print(repr(d))
d[42] = d.keys()
print(repr(d))
views = {1: None}
views[1] = [views.keys(), views.values()]
print(views)
lst = [1]
lst.append(lst)
print(lst, {"self": lst})


class Keys(dict):
    pass


k = Keys()
k["me"] = k.items()
print(k, type(k.items()).__name__)
