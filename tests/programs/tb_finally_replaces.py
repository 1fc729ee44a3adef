# An exception in a finally block replaces the one in flight; both are shown.
def close(resource):
    raise OSError("close failed for " + resource)


def use(resource):
    try:
        print("using", resource)
        raise ValueError("work failed")
    finally:
        close(resource)


use("file.txt")
