#include "CPostgresLoader.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

static void *library;
static const char *failure;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static __typeof__(&PQclear) p_PQclear;
static __typeof__(&PQcmdTuples) p_PQcmdTuples;
static __typeof__(&PQconnectdb) p_PQconnectdb;
static __typeof__(&PQconsumeInput) p_PQconsumeInput;
static __typeof__(&PQerrorMessage) p_PQerrorMessage;
static __typeof__(&PQexec) p_PQexec;
static __typeof__(&PQexecParams) p_PQexecParams;
static __typeof__(&PQfinish) p_PQfinish;
static __typeof__(&PQfreemem) p_PQfreemem;
static __typeof__(&PQgetResult) p_PQgetResult;
static __typeof__(&PQgetisnull) p_PQgetisnull;
static __typeof__(&PQgetvalue) p_PQgetvalue;
static __typeof__(&PQnotifies) p_PQnotifies;
static __typeof__(&PQntuples) p_PQntuples;
static __typeof__(&PQputCopyData) p_PQputCopyData;
static __typeof__(&PQputCopyEnd) p_PQputCopyEnd;
static __typeof__(&PQreset) p_PQreset;
static __typeof__(&PQresultErrorField) p_PQresultErrorField;
static __typeof__(&PQresultErrorMessage) p_PQresultErrorMessage;
static __typeof__(&PQresultStatus) p_PQresultStatus;
static __typeof__(&PQsetNoticeProcessor) p_PQsetNoticeProcessor;
static __typeof__(&PQstatus) p_PQstatus;

static void load(void) {
    library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        /* dlerror's string is freed by the next dlerror call: keep a copy. */
        static char message[512];
        const char *error = dlerror();
        snprintf(message, sizeof message, "%s", error ? error : "libpq.so.5 could not be loaded");
        failure = message;
        return;
    }
    p_PQclear = (__typeof__(&PQclear))dlsym(library, "PQclear");
    if (!p_PQclear) { failure = "libpq.so.5 lacks PQclear"; library = NULL; return; }
    p_PQcmdTuples = (__typeof__(&PQcmdTuples))dlsym(library, "PQcmdTuples");
    if (!p_PQcmdTuples) { failure = "libpq.so.5 lacks PQcmdTuples"; library = NULL; return; }
    p_PQconnectdb = (__typeof__(&PQconnectdb))dlsym(library, "PQconnectdb");
    if (!p_PQconnectdb) { failure = "libpq.so.5 lacks PQconnectdb"; library = NULL; return; }
    p_PQconsumeInput = (__typeof__(&PQconsumeInput))dlsym(library, "PQconsumeInput");
    if (!p_PQconsumeInput) { failure = "libpq.so.5 lacks PQconsumeInput"; library = NULL; return; }
    p_PQerrorMessage = (__typeof__(&PQerrorMessage))dlsym(library, "PQerrorMessage");
    if (!p_PQerrorMessage) { failure = "libpq.so.5 lacks PQerrorMessage"; library = NULL; return; }
    p_PQexec = (__typeof__(&PQexec))dlsym(library, "PQexec");
    if (!p_PQexec) { failure = "libpq.so.5 lacks PQexec"; library = NULL; return; }
    p_PQexecParams = (__typeof__(&PQexecParams))dlsym(library, "PQexecParams");
    if (!p_PQexecParams) { failure = "libpq.so.5 lacks PQexecParams"; library = NULL; return; }
    p_PQfinish = (__typeof__(&PQfinish))dlsym(library, "PQfinish");
    if (!p_PQfinish) { failure = "libpq.so.5 lacks PQfinish"; library = NULL; return; }
    p_PQfreemem = (__typeof__(&PQfreemem))dlsym(library, "PQfreemem");
    if (!p_PQfreemem) { failure = "libpq.so.5 lacks PQfreemem"; library = NULL; return; }
    p_PQgetResult = (__typeof__(&PQgetResult))dlsym(library, "PQgetResult");
    if (!p_PQgetResult) { failure = "libpq.so.5 lacks PQgetResult"; library = NULL; return; }
    p_PQgetisnull = (__typeof__(&PQgetisnull))dlsym(library, "PQgetisnull");
    if (!p_PQgetisnull) { failure = "libpq.so.5 lacks PQgetisnull"; library = NULL; return; }
    p_PQgetvalue = (__typeof__(&PQgetvalue))dlsym(library, "PQgetvalue");
    if (!p_PQgetvalue) { failure = "libpq.so.5 lacks PQgetvalue"; library = NULL; return; }
    p_PQnotifies = (__typeof__(&PQnotifies))dlsym(library, "PQnotifies");
    if (!p_PQnotifies) { failure = "libpq.so.5 lacks PQnotifies"; library = NULL; return; }
    p_PQntuples = (__typeof__(&PQntuples))dlsym(library, "PQntuples");
    if (!p_PQntuples) { failure = "libpq.so.5 lacks PQntuples"; library = NULL; return; }
    p_PQputCopyData = (__typeof__(&PQputCopyData))dlsym(library, "PQputCopyData");
    if (!p_PQputCopyData) { failure = "libpq.so.5 lacks PQputCopyData"; library = NULL; return; }
    p_PQputCopyEnd = (__typeof__(&PQputCopyEnd))dlsym(library, "PQputCopyEnd");
    if (!p_PQputCopyEnd) { failure = "libpq.so.5 lacks PQputCopyEnd"; library = NULL; return; }
    p_PQreset = (__typeof__(&PQreset))dlsym(library, "PQreset");
    if (!p_PQreset) { failure = "libpq.so.5 lacks PQreset"; library = NULL; return; }
    p_PQresultErrorField = (__typeof__(&PQresultErrorField))dlsym(library, "PQresultErrorField");
    if (!p_PQresultErrorField) { failure = "libpq.so.5 lacks PQresultErrorField"; library = NULL; return; }
    p_PQresultErrorMessage = (__typeof__(&PQresultErrorMessage))dlsym(library, "PQresultErrorMessage");
    if (!p_PQresultErrorMessage) { failure = "libpq.so.5 lacks PQresultErrorMessage"; library = NULL; return; }
    p_PQresultStatus = (__typeof__(&PQresultStatus))dlsym(library, "PQresultStatus");
    if (!p_PQresultStatus) { failure = "libpq.so.5 lacks PQresultStatus"; library = NULL; return; }
    p_PQsetNoticeProcessor = (__typeof__(&PQsetNoticeProcessor))dlsym(library, "PQsetNoticeProcessor");
    if (!p_PQsetNoticeProcessor) { failure = "libpq.so.5 lacks PQsetNoticeProcessor"; library = NULL; return; }
    p_PQstatus = (__typeof__(&PQstatus))dlsym(library, "PQstatus");
    if (!p_PQstatus) { failure = "libpq.so.5 lacks PQstatus"; library = NULL; return; }
}

int vigil_pq_load(void) { pthread_once(&once, load); return library != NULL; }

const char *vigil_pq_error(void) { return failure ? failure : "libpq.so.5 could not be loaded"; }

void vigil_PQclear(PGresult *res) { p_PQclear(res); }
char * vigil_PQcmdTuples(PGresult *res) { return p_PQcmdTuples(res); }
PGconn * vigil_PQconnectdb(const char *conninfo) { return p_PQconnectdb(conninfo); }
int vigil_PQconsumeInput(PGconn *conn) { return p_PQconsumeInput(conn); }
char * vigil_PQerrorMessage(const PGconn *conn) { return p_PQerrorMessage(conn); }
PGresult * vigil_PQexec(PGconn *conn, const char *query) { return p_PQexec(conn, query); }
PGresult * vigil_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat) { return p_PQexecParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat); }
void vigil_PQfinish(PGconn *conn) { p_PQfinish(conn); }
void vigil_PQfreemem(void *ptr) { p_PQfreemem(ptr); }
PGresult * vigil_PQgetResult(PGconn *conn) { return p_PQgetResult(conn); }
int vigil_PQgetisnull(const PGresult *res, int tup_num, int field_num) { return p_PQgetisnull(res, tup_num, field_num); }
char * vigil_PQgetvalue(const PGresult *res, int tup_num, int field_num) { return p_PQgetvalue(res, tup_num, field_num); }
PGnotify * vigil_PQnotifies(PGconn *conn) { return p_PQnotifies(conn); }
int vigil_PQntuples(const PGresult *res) { return p_PQntuples(res); }
int vigil_PQputCopyData(PGconn *conn, const char *buffer, int nbytes) { return p_PQputCopyData(conn, buffer, nbytes); }
int vigil_PQputCopyEnd(PGconn *conn, const char *errormsg) { return p_PQputCopyEnd(conn, errormsg); }
void vigil_PQreset(PGconn *conn) { p_PQreset(conn); }
char * vigil_PQresultErrorField(const PGresult *res, int fieldcode) { return p_PQresultErrorField(res, fieldcode); }
char * vigil_PQresultErrorMessage(const PGresult *res) { return p_PQresultErrorMessage(res); }
ExecStatusType vigil_PQresultStatus(const PGresult *res) { return p_PQresultStatus(res); }
PQnoticeProcessor vigil_PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg) { return p_PQsetNoticeProcessor(conn, proc, arg); }
ConnStatusType vigil_PQstatus(const PGconn *conn) { return p_PQstatus(conn); }
