# Exceptions raised in else and finally blocks.
def else_raises():
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise KeyError("from else")
    finally:
        print("  finally runs after else raised")


try:
    else_raises()
except KeyError as e:
    print("caught", repr(e), "context", e.__context__)


def else_not_protected():
    try:
        try:
            x = 1
        except ValueError:
            return "handler"
        else:
            raise ValueError("else is not covered by its own handlers")
    except ValueError as e:
        return "outer: %s" % e


print(else_not_protected())


def finally_replaces():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")


try:
    finally_replaces()
except ValueError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def handler_and_finally():
    try:
        raise KeyError("k")
    except KeyError:
        raise TypeError("from handler")
    finally:
        print("  finally sees the pending TypeError")


try:
    handler_and_finally()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))


def flow(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(flow(False), flow(True))


def else_return():
    try:
        pass
    except Exception:
        return "never"
    else:
        return "else returned"
    finally:
        print("  finally after else return")


print(else_return())
