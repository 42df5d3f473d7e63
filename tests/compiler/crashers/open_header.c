void f(void){
#pragma pfor parallel for
for (