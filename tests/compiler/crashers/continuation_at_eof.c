void f(void){
#pragma pfor parallel \
