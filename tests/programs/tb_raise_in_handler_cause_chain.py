# An explicit cause wins over the implicit context: the KeyError being handled is not shown.
def read(path):
    raise FileNotFoundError("no file " + path)


def load(path):
    try:
        return read(path)
    except OSError as e:
        try:
            return {}["defaults"]
        except KeyError:
            raise RuntimeError("no config available") from e


print("loading")
load("settings.ini")
