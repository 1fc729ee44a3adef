# An error raised in __next__ while a for loop iterates.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return 10 // self.n


for value in Countdown(3):
    print(value)
