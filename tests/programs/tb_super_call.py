# A traceback through super() calls in an inheritance chain.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Base:
    def process(self, data):
        return data["payload"]


class Middle(Base):
    def process(self, data):
        return super().process(data) * 2


class Top(Middle):
    def process(self, data):
        return super().process(data) + 1


try:
    Middle().process({})
except KeyError as e:
    print("caught:", type(e).__name__, e, frames(e))
print(Middle().process({"payload": "ab"}))
print(Top().process({"payload": 20}))
print(Top().process({}))
