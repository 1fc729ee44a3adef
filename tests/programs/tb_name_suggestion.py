# NameError and AttributeError reports with "Did you mean" suggestions.
class Shape:
    def __init__(self):
        self.width = 2
        self.height = 3


try:
    Shape().widht
except AttributeError as e:
    print("caught:", e)

total_count = 5


def show():
    return total_cont + 1


show()
