print("imp_ns.alpha executing")
