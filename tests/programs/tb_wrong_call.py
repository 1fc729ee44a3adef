# A TypeError from a call with a missing argument, raised at the call site.
def connect(host, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"


print(connect("example", 80))
print(connect("example", timeout=5))
