print("imp_pkg.sibling executing")
SIB = "sib"
