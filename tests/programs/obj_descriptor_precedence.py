# Data descriptors beat the instance dict, which beats non-data descriptors and class attributes.
class DataDesc:
    def __get__(self, obj, cls):
        return "data descriptor"

    def __set__(self, obj, value):
        print("  DataDesc.__set__", value)


class NonDataDesc:
    def __get__(self, obj, cls):
        return "non-data descriptor"


class SetOnly:
    def __set__(self, obj, value):
        print("  SetOnly.__set__", value)


class C:
    data = DataDesc()
    nondata = NonDataDesc()
    setonly = SetOnly()
    plain = "class attribute"


c = C()
c.__dict__.update(data="instance data", nondata="instance nondata", setonly="instance setonly",
                  plain="instance plain")
print(c.data)
print(c.nondata)
print(c.setonly)
print(c.plain)
c.data = 1
c.setonly = 2
c.nondata = 3
print(c.__dict__["nondata"], c.nondata)
del c.__dict__["setonly"]
print(type(c.setonly).__name__)  # the descriptor object itself: no __get__

# Functions are non-data descriptors: an instance attribute shadows a method.
class M:
    def method(self):
        return "method"


m = M()
m.method = lambda: "instance function"
print(m.method())
del m.method
print(m.method())

# Descriptor lookup happens on the type, not the instance.
class Holder:
    pass


h = Holder()
h.desc = DataDesc()
print(type(h.desc).__name__)

# __get__ called with obj None for class access
class Reporter:
    def __get__(self, obj, cls):
        return "obj is None" if obj is None else "obj is an instance"


class R:
    r = Reporter()


print(R.r, R().r)

# Deleting through a data descriptor without __delete__
try:
    del c.data
except AttributeError as e:
    print(type(e).__name__, e)
