# A bare raise that re-raises out of a handler: the original traceback plus the re-raise line.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        raise


print(parse("12"))
parse("twelve")
