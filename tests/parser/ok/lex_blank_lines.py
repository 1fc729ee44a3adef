

   
	

# blank lines of every kind, then code


x = 1


