import imp_attr_a

print(imp_attr_a.missing_yet)
