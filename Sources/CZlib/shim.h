#ifndef HIENDIEN_CZLIB_SHIM_H
#define HIENDIEN_CZLIB_SHIM_H
#include <zlib.h>
#endif
