void f(void){
_Pragma("pfor parallel for reduction(+: