# match: mapping patterns with literal and value keys, **rest, extra keys.
def handle(msg):
    match msg:
        case {"action": "move", "x": int(x), "y": int(y)}:
            return "move to %d,%d" % (x, y)
        case {"action": "say", "text": str() as text, **rest} if rest:
            return "say %r with extras %r" % (text, sorted(rest.items()))
        case {"action": "say", "text": text}:
            return "say %r" % (text,)
        case {1: one, 2.0: two}:
            return "numeric keys %r %r" % (one, two)
        case {"kind": "empty", **rest} if not rest:
            return "empty kind, no extras"
        case {}:
            return "some mapping with %d keys" % len(msg)
        case _:
            return "not a mapping"


msgs = [
    {"action": "move", "x": 1, "y": 2},
    {"action": "move", "x": 1, "y": "2"},
    {"action": "say", "text": "hi", "volume": 3, "lang": "en"},
    {"action": "say", "text": "plain"},
    {1: "a", 2: "b", 3: "c"},
    {"kind": "empty"},
    {"kind": "empty", "x": 0},
    {},
    [("action", "move")],
]
for m in msgs:
    print(handle(m))


class Mapping(dict):
    def __missing__(self, key):
        return "missing!"


match Mapping(a=1):
    case {"b": b}:
        print("matched via __missing__?", b)
    case {"a": a}:
        print("matched a", a)


class K:
    name = "kind"


match {"kind": "dotted key"}:
    case {K.name: v}:
        print("dotted value key", v)

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print("rest is a dict:", type(rest).__name__, rest)
