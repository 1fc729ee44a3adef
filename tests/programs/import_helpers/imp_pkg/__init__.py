print("imp_pkg executing; __package__ =", __package__)
PKG_VALUE = "pkg"
__all__ = ["PKG_VALUE", "sibling"]
