# Tokens with no whitespace between them, and every operator and delimiter token.
x=1;y=2
z=x+y-x*y/x//y%x**y@x
z=x<<y>>x&y|x^y
z=x<y<=x>y>=x==y!=x
z=~x+-y- -x+ +y
z=(x,y);z=[x,y];z={x:y};z={x}
x+=1;x-=1;x*=1;x/=1;x//=1;x%=1;x**=1;x@=1;x>>=1;x<<=1;x&=1;x|=1;x^=1
f=lambda:0
def g(a,*b,c=1,**d)->int:return(a)
z=x if y else-1
z=x[1:2:3];z=x[::]
z=x.y.z
z=...
z=[...]
if(x):pass
while(x):break
for(x)in(y):pass
z=not(x)
z=(x)and(y)or(z)
z=(x)is(y)
z=(x)in(y)
z=(x)not in(y)
z=(x)is not(y)
z=[x for(x)in(y)if(x)]
z='a''b'"c"
z=1if x else 2
z=(x:=1)
z=x[-1]
z=-1**-1
class C(x):pass
async def h():await(x)
