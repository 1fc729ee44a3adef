# An error raised inside a property getter reached by attribute access.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


print(Temperature(100).fahrenheit)
print(Temperature("hot").fahrenheit)
