print("imp_simple executing as", __name__)
VALUE = 1


def twice(x):
    return 2 * x


if __name__ == "__main__":
    print("not printed: imp_simple is imported")
