# An error on a source line holding non-ASCII text: carets count characters.
prices = {"café": 3.5, "thé": 2.0}
print(prices["café"])
total = prices["café"] + prices["chocolat chaud"]
