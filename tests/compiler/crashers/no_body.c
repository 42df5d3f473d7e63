void f(void){
#pragma pfor parallel for
for (int i=0;i<3;i++)