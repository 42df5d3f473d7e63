void f(void){
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
#pragma pfor parallel for
for (int i = 0; i < 10; i++) { x = 1;
