# configparser: get/getint/getfloat/getboolean with vars and fallback, the interpolations
# and their errors, the mapping protocol, SectionProxy, converters, read_dict and the
# exception classes.
import configparser, io, warnings

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, "|", e, "|", e.args, "|", e.__suppress_context__,
              type(e.__context__).__name__)

cp = configparser.ConfigParser(defaults={"base": "/usr", "n": "7"})
cp.read_string("""[s]
path = %(base)s/lib
pct = 100%%
deep1 = %(deep2)s
deep2 = %(deep1)s
missing = %(nothere)s/x
bad = %(unclosed
lone = 50% off
num = 42
flt = 2.5
yes = YES
off = off
maybe = perhaps
case = %(BASE)s
""")
for opt in ["path", "pct", "deep1", "missing", "bad", "lone", "case", "nope"]:
    show("get " + opt, lambda: cp.get("s", opt))
show("raw", lambda: cp.get("s", "path", raw=True))
show("vars", lambda: cp.get("s", "path", vars={"BASE": "/opt"}))
show("vars new", lambda: cp.get("s", "extra", vars={"extra": 5}))
show("fallback", lambda: cp.get("s", "nope", fallback="fb"))
show("fallback None", lambda: cp.get("s", "nope", fallback=None))
show("no section", lambda: cp.get("zz", "path"))
show("no section fb", lambda: cp.get("zz", "path", fallback=1))
show("default section", lambda: cp.get("DEFAULT", "base"))
show("getint", lambda: cp.getint("s", "num"))
show("getint n", lambda: cp.getint("s", "n"))
show("getint bad", lambda: cp.getint("s", "flt"))
show("getfloat", lambda: cp.getfloat("s", "flt"))
show("getboolean yes", lambda: cp.getboolean("s", "yes"))
show("getboolean off", lambda: cp.getboolean("s", "off"))
show("getboolean bad", lambda: cp.getboolean("s", "maybe"))
show("getint fb", lambda: cp.getint("s", "nope", fallback=-1))
show("getint nosec", lambda: cp.getint("zz", "nope"))
show("items", lambda: cp.items("s", vars={"num": "43"})[:3])
show("items err", lambda: cp.items("s"))
show("items default", lambda: cp.items("DEFAULT"))
show("items nosec", lambda: cp.items("zz"))
show("set lone %", lambda: cp.set("s", "x", "5% bad"))
show("set ok", lambda: cp.set("s", "x", "5%% good %(base)s"))
show("get x", lambda: cp.get("s", "x"))
show("set int", lambda: cp.set("s", "x", 5))
show("set nosec", lambda: cp.set("zz", "x", "1"))
show("set default", lambda: cp.set("", "dflt", "v"))
show("has_option", lambda: (cp.has_option("s", "PATH"), cp.has_option("s", "base"), cp.has_option("zz", "a"),
                            cp.has_option(None, "dflt"), cp.has_option("DEFAULT", "n")))
show("remove_option", lambda: (cp.remove_option("s", "x"), cp.remove_option("s", "x")))
show("remove_option nosec", lambda: cp.remove_option("zz", "x"))
show("remove_section", lambda: (cp.remove_section("zz"), cp.has_section("s")))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""[DEFAULT]
root = /srv
[a]
dir = ${root}/a
cost = $$5
other = ${b:name}
nested = ${b:ref}
bad1 = ${b:c:d}
bad2 = $x
bad3 = ${unclosed
missing = ${b:zz}
nosect = ${q:zz}
[b]
name = bee
ref = ${dir2}-${a:dir}
dir2 = D
""")
for opt in ["dir", "cost", "other", "nested", "bad1", "bad2", "bad3", "missing", "nosect"]:
    show("ext " + opt, lambda: ext.get("a", opt))
show("ext set", lambda: ext.set("a", "k", "a $ b"))
show("ext set ok", lambda: ext.set("a", "k", "$$ ${x}"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    leg = configparser.ConfigParser(interpolation=configparser.LegacyInterpolation())
    print([str(x.message)[:40] for x in w])
leg.read_string("[s]\na = %(B)s!\nb = x\nc = %(zz)s\nd = %(d)s\n")
for opt in "acd":
    show("legacy " + opt, lambda: leg.get("s", opt))
raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\nb = 1\n")
print(raw.get("s", "a"), raw.items("s"))
raw.set("s", "n", 5)
print(raw.get("s", "n"), raw.getint("s", "n"))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\na = %(b)s %\n")
print(none.get("s", "a"))
show("bad interpolation", lambda: configparser.ConfigParser(interpolation=5))

# Mapping protocol and section proxies.
m = configparser.ConfigParser()
m["DEFAULT"] = {"d": "1"}
m["one"] = {"a": "x", "B": 2}
m["two"] = {}
print(list(m), len(m), "one" in m, "zz" in m, list(m.keys()), [type(v).__name__ for v in m.values()])
sec = m["one"]
print(repr(sec), sec.name, sec.parser is m, dict(sec), len(sec), list(sec), "a" in sec, "D" in sec)
print(sec["a"], sec.get("zz"), sec.get("zz", "fb"), sec.getint("b"), sec.getint("zz", 9), sec.getboolean("d"))
sec["new"] = "v"
del sec["new"]
show("del missing", lambda: sec.__delitem__("new"))
show("del default from section", lambda: sec.__delitem__("d"))
show("set nonstr", lambda: sec.__setitem__("k", 1))
show("getitem missing", lambda: sec["zz"])
show("parser getitem", lambda: m["zz"])
show("del DEFAULT", lambda: m.__delitem__("DEFAULT"))
show("del zz", lambda: m.__delitem__("zz"))
m["one"] = m["one"]
print(dict(m["one"]))
m["one"] = {"fresh": "1"}
print(dict(m["one"]), dict(m["DEFAULT"]))
print(m.popitem()[0], m.sections())
del m["two"]
show("popitem empty", lambda: m.popitem())
print(dict(m["DEFAULT"]), repr(m["DEFAULT"]))

# Converters.
c = configparser.ConfigParser(converters={"list": lambda v: v.split(",")})
c.read_string("[s]\nitems = a,b,c\nnum = 3\n")
print(sorted(c.converters), c.getlist("s", "items"), c["s"].getlist("items"), c.converters["list"]("x,y"))
c.converters["upper"] = str.upper
print(c.getupper("s", "items"), c["s"].getupper("num"), c.getupper("s", "zz", fallback="none"))
del c.converters["upper"]
print(hasattr(c, "getupper"), hasattr(c["s"], "getupper"), sorted(c.converters))
show("conv empty", lambda: c.converters.__setitem__("", int))
show("conv int key", lambda: c.converters.__setitem__(1, int))
show("conv del None", lambda: c.converters.__delitem__(None))
show("conv del missing", lambda: c.converters.__delitem__("nope"))
del c.converters["int"]
print(hasattr(c, "getint"), hasattr(c["s"], "getint"), c.converters["float"])

# read_dict.
d = configparser.ConfigParser(allow_no_value=True)
d.read_dict({"s": {"a": 1, "b": None, 3: True}, 7: {"x": "y"}})
print(d.sections(), d.items("s", raw=True), d.items("7"))
show("read_dict dup", lambda: d.read_dict({"q": {"a": 1, "A": 2}}))
show("read_dict dup nonstrict", lambda: configparser.ConfigParser(strict=False).read_dict({"q": {"a": 1, "A": 2}}))
show("raw defaults", lambda: configparser.RawConfigParser(defaults={1: 2}))
print(configparser.RawConfigParser(defaults={"A": 5.2})["DEFAULT"]["a"])

# The exceptions themselves.
for e in [configparser.Error("x"), configparser.NoSectionError("s"), configparser.DuplicateSectionError("s", "src"),
          configparser.DuplicateOptionError("s", "o", "f", 12), configparser.NoOptionError("o", "s"),
          configparser.InterpolationError("o", "s", "msg"), configparser.InterpolationSyntaxError("o", "s", "m"),
          configparser.InterpolationMissingOptionError("o", "s", "raw", "ref"),
          configparser.InterpolationDepthError("o", "s", "raw"), configparser.ParsingError("src"),
          configparser.MissingSectionHeaderError("f", 3, "line")]:
    print(type(e).__name__, [c.__name__ for c in type(e).__mro__[1:3]], repr(e) == str(e), e.args)
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, configparser.__all__)
print(configparser.RawConfigParser.BOOLEAN_STATES)
