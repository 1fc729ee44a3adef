# and/or/not: return operands, short-circuit, and truthiness of custom objects.
log = []


def t(name, value):
    log.append(name)
    return value


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "last")
print("" and boom, [] or () or {})  # noqa: F821 - never evaluated
print(not 0, not 1, not [], not "x", not None)

log.clear()
r = t("a", 0) or t("b", "") or t("c", "c") or t("d", 1)
print(repr(r), log)
log.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(repr(r), log)
log.clear()
r = t("a", 0) and t("b", 1) or t("c", 2) and t("d", 3)
print(repr(r), log)


class B:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        log.append("bool(%s)" % self.value)
        return self.value

    def __repr__(self):
        return "B(%s)" % self.value


log.clear()
print(B(True) and B(False), log)
log.clear()
print(B(False) or B(True), log)
log.clear()
print(not B(True), log)


class L:
    def __len__(self):
        return 0


print(bool(L()), L() or "len was zero")


class BadBool:
    def __bool__(self):
        return 1


try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class BadLen:
    def __len__(self):
        return -1


try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

# Precedence: not binds looser than comparisons, and binds tighter than or.
print(not 1 == 2, not (1 == 2) and False, True or False and False)
