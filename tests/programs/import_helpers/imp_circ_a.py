import imp_circ_b

A = 1
