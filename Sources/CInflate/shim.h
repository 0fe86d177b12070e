#ifndef PATENTNAV_CZLIB_SHIM_H
#define PATENTNAV_CZLIB_SHIM_H
#include <zlib.h>

/// `inflateInit2` is a macro in zlib.h; Swift needs a function.
static inline int patnav_inflateInit2(z_streamp strm, int windowBits) {
  return inflateInit2(strm, windowBits);
}
#endif
