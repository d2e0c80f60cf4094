/* libpq, loaded when first needed (dlopen), so that every other vigil command starts without
 * mapping it and the twenty libraries it needs (TLS, Kerberos, LDAP): `vigil --version` took
 * twice as long with libpq linked. Each vigil_PQx calls libpq's PQx. */
#ifndef VIGIL_POSTGRES_LOADER_H
#define VIGIL_POSTGRES_LOADER_H
#include <libpq-fe.h>

/* Loads libpq.so.5 once; 0 when it is missing (then vigil_pq_error says why). */
int vigil_pq_load(void);
const char *vigil_pq_error(void);

void vigil_PQclear(PGresult *res);
char * vigil_PQcmdTuples(PGresult *res);
PGconn * vigil_PQconnectdb(const char *conninfo);
int vigil_PQconsumeInput(PGconn *conn);
char * vigil_PQerrorMessage(const PGconn *conn);
PGresult * vigil_PQexec(PGconn *conn, const char *query);
PGresult * vigil_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat);
void vigil_PQfinish(PGconn *conn);
void vigil_PQfreemem(void *ptr);
PGresult * vigil_PQgetResult(PGconn *conn);
int vigil_PQgetisnull(const PGresult *res, int tup_num, int field_num);
char * vigil_PQgetvalue(const PGresult *res, int tup_num, int field_num);
PGnotify * vigil_PQnotifies(PGconn *conn);
int vigil_PQntuples(const PGresult *res);
int vigil_PQputCopyData(PGconn *conn, const char *buffer, int nbytes);
int vigil_PQputCopyEnd(PGconn *conn, const char *errormsg);
void vigil_PQreset(PGconn *conn);
char * vigil_PQresultErrorField(const PGresult *res, int fieldcode);
char * vigil_PQresultErrorMessage(const PGresult *res);
ExecStatusType vigil_PQresultStatus(const PGresult *res);
PQnoticeProcessor vigil_PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg);
ConnStatusType vigil_PQstatus(const PGconn *conn);

#endif
