#ifndef PATENTNAV_CLIBPQ_SHIM_H
#define PATENTNAV_CLIBPQ_SHIM_H

/* libpq, PostgreSQL's C client library: only built with the `Postgres` package trait. */
#include <libpq-fe.h>

#endif
