R = "regular in a namespace"
