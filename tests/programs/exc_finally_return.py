# return/break/continue in finally; finally overriding return values and exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


print(swallow())


def order(log):
    try:
        log.append("try")
        return log.append("return expression") or "value"
    finally:
        log.append("finally")


log = []
print(order(log), log)


def mutate():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(mutate())


def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return "broke at %d" % i


print(loop_break())


def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out


print(loop_continue())


def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


print(nested_finally())


def count_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("  finally n =", n)


print(count_finally())


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


for v in gen_finally():
    print("got", v)
    break
print("after loop")
