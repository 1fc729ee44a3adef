# Nested try blocks, handler selection by class and tuple, order of except clauses.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


def classify(exc):
    try:
        raise exc
    except DbError:
        return "DbError handler"
    except (KeyError, IndexError) as e:
        return "lookup handler for %s" % type(e).__name__
    except LookupError:
        return "LookupError handler"
    except AppError as e:
        return "AppError handler (%s)" % type(e).__name__
    except Exception as e:
        return "generic handler (%s)" % type(e).__name__


for exc in [DbError(), AppError(), KeyError(), IndexError(), UnicodeError(), LookupError(),
            ValueError(), ZeroDivisionError()]:
    print(type(exc).__name__, "->", classify(exc))


def deep():
    try:
        try:
            try:
                raise ValueError("deep")
            except KeyError:
                print("never")
            finally:
                print("  finally 1")
        except TypeError:
            print("never")
        else:
            print("never")
        finally:
            print("  finally 2")
    except ValueError as e:
        print("  caught at level 3:", e)
        return "handled"


print(deep())

# Exception in a handler propagates outward, with context.
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    except ValueError:
        print("never: a sibling handler does not catch")
except ValueError as e:
    print("outer caught", e, "context", repr(e.__context__))

# Handler types are evaluated lazily, only when reached.
def handler_type():
    print("  evaluating handler type")
    return KeyError


try:
    raise ValueError("v")
except ValueError:
    print("first handler")
except handler_type():
    print("never")

try:
    try:
        raise ValueError("v")
    except handler_type():
        print("never")
except ValueError:
    print("handler type evaluated, then propagated")

# Catching with a non-exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# BaseException subclasses are not caught by Exception
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("never")
except BaseException as e:
    print("caught", type(e).__name__)
