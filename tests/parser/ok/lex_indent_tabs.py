# Tabs and legal mixes of tabs and spaces (consistent in both tab-size 8 and tab-size 1 readings).
if a:
	b = 1
	if c:
		d = 2
	else:
		e = 3
if f:
	    g = 1
	    if h:
	    	i = 2
	    j = 3
if k:
        l = 1
        m = 2
while n:
	# comment with a tab indent
  	# comment with spaces then tab
	o = 4

def p():
	q = [
		1,
  2,
	]
	return q
