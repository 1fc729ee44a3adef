def handle(path):
    try:
        f = open(path)
    except (OSError, ValueError) as e:
        print(e)
        return None
    else:
        with f:
            return f.read()
    finally:
        print("done")


def loop(items):
    for item in items:
        try:
            if item:
                continue
            raise ValueError(item) from None
        except* ValueError:
            pass


def check(x):
    assert x > 0, "positive"
    del x
