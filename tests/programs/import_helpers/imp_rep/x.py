X = "imp_rep.x"
