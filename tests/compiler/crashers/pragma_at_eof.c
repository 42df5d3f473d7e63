#pragma pfor parallel for
