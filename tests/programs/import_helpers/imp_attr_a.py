import imp_attr_b
