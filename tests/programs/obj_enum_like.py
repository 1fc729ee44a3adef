# An enumeration built with a metaclass: members, iteration, lookup by value, immutability.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        type.__setattr__(cls, "_members", {})
        for key, value in members.items():
            member = object.__new__(cls)
            member.name = key
            member.value = value
            cls._members[key] = member
            type.__setattr__(cls, key, member)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __call__(cls, value):
        for member in cls._members.values():
            if member.value == value:
                return member
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))

    def __setattr__(cls, name, value):
        raise AttributeError("cannot reassign member %r" % name)

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)

    def __str__(self):
        return "%s.%s" % (type(self).__name__, self.name)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def is_warm(self):
        return self is Color.RED


print(Color.RED, repr(Color.GREEN), len(Color), list(Color))
print(Color(2), Color(3) is Color.BLUE, Color.RED.is_warm(), Color.BLUE.is_warm())
print(Color.RED in Color, 1 in Color, [c.name for c in Color if c.value > 1])
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Color.RED, Color), type(Color).__name__, {Color.RED: "warm"}[Color.RED])
