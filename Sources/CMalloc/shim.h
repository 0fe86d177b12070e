#ifndef PATNAV_CMALLOC_SHIM_H
#define PATNAV_CMALLOC_SHIM_H

#if __has_include(<malloc.h>)
#include <malloc.h>  // defines __GLIBC__ (through features.h) on glibc
#endif

/// Returns the memory the process has freed to the system (glibc's `malloc_trim(0)`, every arena); returns 1 when
/// some was released, 0 otherwise, and 0 where the C library has no such call.
static inline int patnav_return_freed_memory(void) {
#if defined(__GLIBC__)
  return malloc_trim(0);
#else
  return 0;
#endif
}

#endif
