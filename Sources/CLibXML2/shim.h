#ifndef PATENTNAV_CLIBXML2_SHIM_H
#define PATENTNAV_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's bundled ICU. We only ever hold
   encoding handlers by pointer, so compile the headers without the ICU-specific members. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/SAX2.h>
#include <libxml/dict.h>
#include <string.h>

/// Swift 6 rejects the C global function pointer `xmlFree`; call it through this wrapper.
static inline void patnav_xmlFree(void *ptr) { xmlFree(ptr); }

/// The SAX2 magic number, exposed as a function because Swift does not import the macro.
static inline unsigned int patnav_sax2_magic(void) { return XML_SAX2_MAGIC; }

/// Line of the parser's current input (1-based), 0 when there is none.
static inline int patnav_current_line(xmlParserCtxtPtr ctxt) {
  return (ctxt != NULL && ctxt->input != NULL) ? ctxt->input->line : 0;
}

/// Column of the parser's current input (1-based), 0 when there is none.
static inline int patnav_current_column(xmlParserCtxtPtr ctxt) {
  return (ctxt != NULL && ctxt->input != NULL) ? ctxt->input->col : 0;
}

/// The dictionary that interns element and attribute names for this context.
static inline const void *patnav_ctxt_dict(xmlParserCtxtPtr ctxt) {
  return ctxt != NULL ? (const void *)ctxt->dict : NULL;
}

/// Whether the context has seen a fatal well-formedness error.
static inline int patnav_well_formed(xmlParserCtxtPtr ctxt) {
  return ctxt != NULL ? ctxt->wellFormed : 0;
}

/// Stops the parser from inside a SAX callback (used to bound work on hostile input).
static inline void patnav_stop(xmlParserCtxtPtr ctxt) { xmlStopParser(ctxt); }

/// Finds the next `<?xml` declaration (not `<?xml-stylesheet`) that starts a line (at `from` > 0, the byte before must be `\n`); -1 if none.
/// memchr for the rare `?` runs at memory speed; each hit is then checked in place.
static inline long patnav_find_declaration(const unsigned char *bytes, long count, long from) {
  long i = from < 1 ? 1 : from;
  while (i + 5 <= count) {
    const unsigned char *q = (const unsigned char *)memchr(bytes + i, '?', (size_t)(count - i));
    if (q == NULL) return -1;
    long at = q - bytes;
    if (at >= 2 && at + 5 <= count && bytes[at - 1] == '<' && bytes[at - 2] == '\n' && bytes[at + 1] == 'x'
        && bytes[at + 2] == 'm' && bytes[at + 3] == 'l'
        && (bytes[at + 4] == ' ' || bytes[at + 4] == '\t' || bytes[at + 4] == '\r' || bytes[at + 4] == '\n')) {
      return at - 1;
    }
    i = at + 1;
  }
  return -1;
}

/* glibc declares memmem only under _GNU_SOURCE, which the system module was not built with. */
extern void *memmem(const void *hay, size_t hayLen, const void *needle, size_t needleLen);

/// Finds `needle` in `hay` (glibc's vectorized memmem), or NULL.
static inline const void *patnav_memmem(const void *hay, size_t hayLen, const void *needle, size_t needleLen) {
  return memmem(hay, hayLen, needle, needleLen);
}

/// Number of `\n` bytes among `count` bytes at `bytes`. A plain loop over blocks with a 32-bit count, which the
/// compiler vectorizes (about 0.2 instructions a byte; the SWAR loop in Swift it replaces took about 4).
static inline long patnav_count_newlines(const unsigned char *bytes, long count) {
  long total = 0;
  long i = 0;
  while (i < count) {
    long end = count - i > 65536 ? i + 65536 : count;
    unsigned int block = 0;
    for (; i < end; i++) block += bytes[i] == '\n';
    total += block;
  }
  return total;
}

#endif
