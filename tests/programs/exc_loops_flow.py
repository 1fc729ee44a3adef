# try/except inside loops with break/continue; exceptions crossing loop boundaries.
results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i % 2:
            raise ValueError(i)
        results.append(("ok", i))
    except ValueError as e:
        results.append(("err", e.args[0]))
    else:
        results.append(("else", i))
    finally:
        results.append(("fin", i))
print(results)

# while loop retry pattern
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise ConnectionError("retry %d" % attempts)
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("  failed:", e)

# exception raised in the loop header
def bad_iter():
    yield 1
    raise RuntimeError("iterator broke")


try:
    for v in bad_iter():
        print("value", v)
except RuntimeError as e:
    print("loop ended with", e)

# break inside except inside for, with finally
for i in range(3):
    try:
        raise KeyError(i)
    except KeyError:
        if i == 1:
            break
    finally:
        print("  finally", i)
print("ended at", i)

# nested loops with exceptions used as a multi-level break
class Found(Exception):
    pass


try:
    for a in range(5):
        for b in range(5):
            if a * b == 6:
                raise Found((a, b))
except Found as f:
    print("found", f.args[0])
