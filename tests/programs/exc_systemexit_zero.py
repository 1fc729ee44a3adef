# SystemExit(None) and SystemExit(0) exit with status 0; finally blocks and with-exits run first.
class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, typ, val, tb):
        print("exit saw", typ.__name__, val.code)
        return False


def suppressing():
    class Swallow:
        def __enter__(self):
            return self

        def __exit__(self, typ, val, tb):
            return typ is SystemExit

    with Swallow():
        raise SystemExit(4)
    return "SystemExit was suppressed by __exit__"


print(suppressing())


def main():
    try:
        with Resource():
            print("working")
            raise SystemExit(0)
    finally:
        print("cleanup")


main()
print("never")
