void f(void){
#pragma pfor map
for (int i=0;i<3;i++) x[i] = 