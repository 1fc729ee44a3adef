# KeyError shows the repr of the key; an error in a dict comprehension.
prices = {"apple": 1.0, "pear": 2.0}
basket = ["apple", "pear", "plum"]
print({k: prices[k] for k in basket[:2]})
print({k: prices[k] for k in basket})
