import imp_cycle_y

X = "x"


def get():
    return imp_cycle_y.Y
