void f(void){ "unterminated
#pragma pfor parallel for
for(;;);}