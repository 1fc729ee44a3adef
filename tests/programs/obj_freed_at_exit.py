# Objects that are freed only when the interpreter's thread ends (held by the type attribute
# cache), including ones with __del__, must not crash the exit.
class Marker:
    pass


class WithDel:
    def __del__(self):
        pass


class A:
    attr = Marker()
    other = WithDel()


A.attr
A.other
A.attr = None
A.other = None
print("done")
